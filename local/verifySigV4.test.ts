import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS } from './localAws.js';
import { verifySigV4 } from './verifySigV4.js';
import type { ReceivedRequest } from './verifySigV4.js';

const EXPECTED = { service: 'cognito-idp', region: 'us-east-1', credentials: [LOCAL_CREDENTIALS] } as const;
const BODY = '{"UserPoolId":"us-east-1_ShopSync1"}';

/** A ListUsers request as the AWS SDK signs it, as the twin receives it. */
async function signedRequest(
  options: {
    readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string };
    readonly service?: string;
    readonly signingDate?: Date;
  } = {},
): Promise<ReceivedRequest> {
  const signed = await new SignatureV4({
    credentials: options.credentials ?? LOCAL_CREDENTIALS,
    region: 'us-east-1',
    service: options.service ?? 'cognito-idp',
    sha256: Sha256,
  }).sign(
    new HttpRequest({
      method: 'POST',
      protocol: 'http:',
      hostname: '127.0.0.1',
      port: 4006,
      path: '/',
      headers: {
        host: '127.0.0.1:4006',
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSCognitoIdentityProviderService.ListUsers',
      },
      body: BODY,
    }),
    ...(options.signingDate ? [{ signingDate: options.signingDate }] : []),
  );
  const headers = Object.fromEntries(
    Object.entries(signed.headers).map(([name, value]) => [name.toLowerCase(), value]),
  );
  return { method: 'POST', url: '/', headers, body: BODY };
}

describe('verifySigV4', () => {
  it('accepts a request signed with the expected keys, for the service and region', async () => {
    await expect(verifySigV4(await signedRequest(), EXPECTED)).resolves.toBe(LOCAL_CREDENTIALS.accessKeyId);
  });

  it('answers each flaw with the error of an AWS JSON service, all with HTTP 400', async () => {
    const good = await signedRequest();
    const unsigned = { ...good.headers, authorization: undefined };
    await expect(verifySigV4({ ...good, headers: unsigned }, EXPECTED)).rejects.toMatchObject({
      code: 'MissingAuthenticationTokenException',
      message: 'Missing Authentication Token',
      status: 400,
    });
    await expect(verifySigV4({ ...good, body: '{"UserPoolId":"other"}' }, EXPECTED)).rejects.toMatchObject({
      code: 'InvalidSignatureException',
      message: expect.stringContaining(
        "The Canonical String for this request should have been\n'POST\n/\n",
      ) as string,
      status: 400,
    });
    await expect(
      verifySigV4(
        await signedRequest({ credentials: { ...LOCAL_CREDENTIALS, secretAccessKey: 'guess' } }),
        EXPECTED,
      ),
    ).rejects.toMatchObject({ code: 'InvalidSignatureException', status: 400 });
    await expect(
      verifySigV4(
        await signedRequest({ credentials: { accessKeyId: 'AKIAOTHER', secretAccessKey: 'x' } }),
        EXPECTED,
      ),
    ).rejects.toMatchObject({
      code: 'UnrecognizedClientException',
      message: 'The security token included in the request is invalid.',
      status: 400,
    });
    await expect(verifySigV4(await signedRequest({ service: 'dynamodb' }), EXPECTED)).rejects.toMatchObject({
      code: 'IncompleteSignatureException',
      message: expect.stringMatching(
        /^Credential should be scoped to correct service: 'cognito-idp'/,
      ) as string,
      status: 400,
    });
    await expect(
      verifySigV4({ ...good, headers: { ...good.headers, authorization: 'Bearer abc' } }, EXPECTED),
    ).rejects.toMatchObject({ code: 'IncompleteSignatureException', status: 400 });
  });

  it('holds the signing time to 5 minutes either side of now', async () => {
    const signed = await signedRequest({ signingDate: new Date('2026-01-01T12:00:00Z') });
    const at = (iso: string) => ({ ...EXPECTED, now: Date.parse(iso) });
    await expect(verifySigV4(signed, at('2026-01-01T12:04:59Z'))).resolves.toBe('local');
    await expect(verifySigV4(signed, at('2026-01-01T12:05:01Z'))).rejects.toMatchObject({
      code: 'InvalidSignatureException',
      message:
        'Signature expired: 20260101T120000Z is now earlier than 20260101T120001Z (20260101T120501Z - 5 min.)',
    });
    await expect(verifySigV4(signed, at('2026-01-01T11:54:59Z'))).rejects.toMatchObject({
      code: 'InvalidSignatureException',
      message: expect.stringMatching(/^Signature not yet current: 20260101T120000Z/) as string,
    });
  });
});
