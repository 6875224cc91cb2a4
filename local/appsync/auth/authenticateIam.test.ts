import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { describe, expect, it } from 'vitest';
import { AwsError } from '../../AwsError.js';
import type { AuthRequest } from './AuthRequest.js';
import { authenticateIam } from './authenticateIam.js';
import type { IamContext } from './authenticateIam.js';
import { LOCAL_CREDENTIALS } from '../../localAws.js';

const NOW = Date.UTC(2026, 0, 15, 12, 0, 0);
const HOST = '127.0.0.1:4000';
const BODY = JSON.stringify({
  query: 'mutation P($input: OrderStatusEventInput!) { publishOrderStatus(input: $input) { orderId } }',
  variables: {
    input: { orderId: 'o-1', userId: 'u-1', status: 'CONFIRMED', at: '2026-01-15T12:00:00.000Z' },
  },
});

const context: IamContext = {
  credentials: [
    LOCAL_CREDENTIALS,
    {
      accessKeyId: 'AKIDBACKEND',
      secretAccessKey: 'backend-secret',
      userArn: 'arn:aws:iam::000000000000:role/orders',
    },
  ],
  region: 'us-east-1',
  accountId: '000000000000',
  sourceIp: ['127.0.0.1'],
  now: NOW,
};

interface SignOptions {
  readonly accessKeyId?: string;
  readonly secretAccessKey?: string;
  readonly sessionToken?: string;
  readonly region?: string;
  readonly service?: string;
  readonly at?: number;
  /** The AWS SDK v3 adds x-amz-content-sha256 (applyChecksum); aws-appsync-auth-link's signer does not. */
  readonly applyChecksum?: boolean;
  readonly path?: string;
  readonly query?: Record<string, string>;
}

/** A request signed the way AWS SDK v3 clients and aws-appsync-auth-link sign for AppSync (service `appsync`). */
async function signed(options: SignOptions = {}): Promise<AuthRequest & { headers: Record<string, string> }> {
  const signer = new SignatureV4({
    credentials: {
      accessKeyId: options.accessKeyId ?? 'local',
      secretAccessKey: options.secretAccessKey ?? 'local',
      ...(options.sessionToken ? { sessionToken: options.sessionToken } : {}),
    },
    region: options.region ?? 'us-east-1',
    service: options.service ?? 'appsync',
    sha256: Sha256,
    applyChecksum: options.applyChecksum ?? true,
  });
  const request = await signer.sign(
    new HttpRequest({
      method: 'POST',
      protocol: 'http:',
      hostname: '127.0.0.1',
      port: 4000,
      path: options.path ?? '/graphql',
      query: options.query ?? {},
      headers: { host: HOST, 'content-type': 'application/json', accept: 'application/json' },
      body: BODY,
    }),
    { signingDate: new Date(options.at ?? NOW) },
  );
  const query = new URLSearchParams(options.query ?? {}).toString();
  return {
    method: 'POST',
    path: query ? `${request.path}?${query}` : request.path,
    headers: request.headers,
    body: BODY,
  };
}

async function refusal(request: AuthRequest, at = context): Promise<AwsError> {
  const error: unknown = await authenticateIam(request, at).then(
    () => new Error('accepted'),
    (rejection: unknown) => rejection,
  );
  if (error instanceof AwsError) return error;
  throw error;
}

const MISMATCH = 'The request signature we calculated does not match the signature you provided.';

describe('authenticateIam (SigV4 as AppSync verifies it, service appsync)', () => {
  it('accepts a request signed by the AWS SDK v3 signer and builds the IAM identity', async () => {
    await expect(authenticateIam(await signed(), context)).resolves.toEqual({
      mode: 'AWS_IAM',
      identity: {
        accountId: '000000000000',
        cognitoIdentityPoolId: null,
        cognitoIdentityId: null,
        sourceIp: ['127.0.0.1'],
        username: 'local',
        userArn: 'arn:aws:iam::000000000000:user/local',
        cognitoIdentityAuthType: null,
        cognitoIdentityAuthProvider: null,
      },
    });
  });

  it('accepts a signature without x-amz-content-sha256, with a session token, a query and other credentials', async () => {
    const request = await signed({
      accessKeyId: 'AKIDBACKEND',
      secretAccessKey: 'backend-secret',
      sessionToken: 'session-token',
      applyChecksum: false,
      query: { b: '2', a: 'x y' },
    });
    expect(request.headers['x-amz-content-sha256']).toBeUndefined();
    expect(request.headers['x-amz-security-token']).toBe('session-token');
    const result = await authenticateIam(request, context);
    expect(result.identity).toMatchObject({
      userArn: 'arn:aws:iam::000000000000:role/orders',
      username: 'AKIDBACKEND',
    });
  });

  it('ignores headers added after signing, as SigV4 covers only the signed ones', async () => {
    const request = await signed();
    await expect(
      authenticateIam(
        { ...request, headers: { ...request.headers, 'user-agent': 'proxy', 'X-Extra': '1' } },
        context,
      ),
    ).resolves.toMatchObject({ mode: 'AWS_IAM' });
  });

  it('refuses a tampered body, with or without x-amz-content-sha256 (400 BadRequestException)', async () => {
    for (const applyChecksum of [true, false]) {
      const request = await signed({ applyChecksum });
      const error = await refusal({ ...request, body: BODY.replace('CONFIRMED', 'SHIPPED') });
      expect(error.code).toBe('BadRequestException');
      expect(error.status).toBe(400);
      expect(error.message).toContain(MISMATCH);
      expect(error.message).toContain(
        "The Canonical String for this request should have been\n'POST\n/graphql\n",
      );
      expect(error.message).toContain(
        "The String-to-Sign should have been\n'AWS4-HMAC-SHA256\n20260115T120000Z\n",
      );
    }
  });

  it('refuses a signature made with a wrong secret, and a changed signed header', async () => {
    expect((await refusal(await signed({ secretAccessKey: 'not-local' }))).message).toContain(MISMATCH);
    const request = await signed();
    const changed = { ...request, headers: { ...request.headers, 'content-type': 'text/plain' } };
    expect((await refusal(changed)).message).toContain(MISMATCH);
    expect((await refusal({ ...request, path: '/graphql/other' })).message).toContain(MISMATCH);
  });

  it('refuses an unknown access key (403 UnrecognizedClientException)', async () => {
    const error = await refusal(await signed({ accessKeyId: 'AKIDUNKNOWN' }));
    expect([error.status, error.code, error.message]).toEqual([
      403,
      'UnrecognizedClientException',
      'The security token included in the request is invalid.',
    ]);
  });

  it('accepts a signature 4 minutes old and refuses one over 5 minutes old or ahead, in AWS wording', async () => {
    await expect(authenticateIam(await signed({ at: NOW - 4 * 60_000 }), context)).resolves.toMatchObject({
      mode: 'AWS_IAM',
    });
    const old = await refusal(await signed({ at: NOW - 6 * 60_000 }));
    expect([old.status, old.code, old.message]).toEqual([
      400,
      'BadRequestException',
      'Signature expired: 20260115T115400Z is now earlier than 20260115T115500Z (20260115T120000Z - 5 min.)',
    ]);
    const ahead = await refusal(await signed({ at: NOW + 6 * 60_000 }));
    expect(ahead.message).toBe(
      'Signature not yet current: 20260115T120600Z is still later than 20260115T120500Z (20260115T120000Z + 5 min.)',
    );
  });

  it('refuses a scope for another service or region, and a missing x-amz-date', async () => {
    expect((await refusal(await signed({ service: 's3' }))).message).toContain(
      "Credential should be scoped to correct service: 'appsync'.",
    );
    expect((await refusal(await signed({ region: 'eu-west-1' }))).message).toContain(
      "Credential should be scoped to a valid region, not 'eu-west-1'.",
    );
    const request = await signed();
    const withoutDate = Object.fromEntries(
      Object.entries(request.headers).filter(([name]) => name !== 'x-amz-date'),
    );
    expect((await refusal({ ...request, headers: withoutDate })).code).toBe('IncompleteSignatureException');
  });
});
