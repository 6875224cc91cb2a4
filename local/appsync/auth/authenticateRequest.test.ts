import { shop } from '../../../infra/shop.js';
import { Sha256 } from '@aws-crypto/sha256-js';
import {
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { createServer, request as httpRequest } from 'node:http';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { AwsError } from '../../AwsError.js';
import { ensureUser, startCognito } from '../../cognito/index.js';
import type { CognitoTwin } from '../../cognito/index.js';
import { close, listen } from '../../listen.js';
import type { AuthConfig } from './AuthConfig.js';
import { appSyncErrorBody } from './authErrors.js';
import { authenticateRequest } from './authenticateRequest.js';
import { LOCAL_CREDENTIALS } from '../../localAws.js';

const PASSWORD = 'Correct-Horse-9-Battery';
const API_KEY = 'da2-localtwinkey00000000000';
const BODY = JSON.stringify({ query: '{ products { items { id name } } }' });

let cognito: CognitoTwin;
let config: AuthConfig;
let idToken: string;
let server: Server;
let endpoint: string;

interface Answer {
  readonly status: number;
  readonly errorType: string | undefined;
  readonly body: unknown;
}

/** POSTs to the test server with exactly these headers (node:http, so `host` is sent as signed). */
function post(headers: Record<string, string>, body = BODY): Promise<Answer> {
  const url = new URL(`${endpoint}/graphql`);
  return new Promise((resolve, reject) => {
    const outgoing = httpRequest(
      { host: url.hostname, port: url.port, method: 'POST', path: url.pathname, headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () =>
          resolve({
            status: response.statusCode ?? 0,
            errorType: response.headers['x-amzn-errortype'] as string | undefined,
            body: JSON.parse(Buffer.concat(chunks).toString('utf8')),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(body);
  });
}

async function sigV4Headers(body = BODY): Promise<Record<string, string>> {
  const url = new URL(endpoint);
  const signer = new SignatureV4({
    credentials: LOCAL_CREDENTIALS,
    region: 'us-east-1',
    service: 'appsync',
    sha256: Sha256,
  });
  const signed = await signer.sign(
    new HttpRequest({
      method: 'POST',
      hostname: url.hostname,
      port: Number(url.port),
      path: '/graphql',
      headers: { host: url.host, 'content-type': 'application/json' },
      body,
    }),
  );
  return signed.headers;
}

beforeAll(async () => {
  cognito = await startCognito({
    port: 0,
    region: 'us-east-1',
    accountId: '000000000000',
    userPool: shop.userPool,
  });
  await ensureUser(cognito, { email: 'shopper@example.com', password: PASSWORD });
  const client = new CognitoIdentityProviderClient({
    endpoint: cognito.endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
  });
  const { AuthenticationResult } = await client.send(
    new InitiateAuthCommand({
      ClientId: cognito.userPoolClientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: 'shopper@example.com', PASSWORD },
    }),
  );
  client.destroy();
  idToken = AuthenticationResult?.IdToken ?? '';

  config = {
    defaultMode: 'AMAZON_COGNITO_USER_POOLS',
    additionalModes: ['API_KEY', 'AWS_IAM'],
    defaultAction: 'ALLOW',
    apiKeys: [{ key: API_KEY, expiresAt: Date.now() + 7 * 86_400_000 }],
    userPool: { issuer: cognito.issuer, jwksUrl: cognito.jwksUrl, clientIds: [cognito.userPoolClientId] },
    region: 'us-east-1',
    accountId: '000000000000',
  };

  // The HTTP layer as the AppSync twin will have it: a refusal is its status and AppSync's error body.
  server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      authenticateRequest(
        {
          method: request.method ?? 'POST',
          path: request.url ?? '/',
          headers: request.headers,
          body: Buffer.concat(chunks),
          remoteAddress: request.socket.remoteAddress,
        },
        config,
      ).then(
        (result) =>
          response.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(result)),
        (error: unknown) => {
          const refusal =
            error instanceof AwsError ? error : new AwsError('InternalFailure', String(error), 500);
          response
            .writeHead(refusal.status, {
              'content-type': 'application/json',
              'x-amzn-ErrorType': refusal.code,
            })
            .end(JSON.stringify(appSyncErrorBody(refusal)));
        },
      );
    });
  });
  endpoint = await listen(server, 0, 'appsync-auth-test');
});

afterAll(async () => {
  if (server) await close(server);
  await cognito?.stop();
});

describe('authenticateRequest over HTTP (modes, precedence, 401 bodies)', () => {
  it("answers a request without credentials 401 with AppSync's body", async () => {
    expect(await post({ 'content-type': 'application/json' })).toEqual({
      status: 401,
      errorType: 'UnauthorizedException',
      body: {
        errors: [{ errorType: 'UnauthorizedException', message: 'Valid authorization header not provided.' }],
      },
    });
  });

  it('takes x-api-key as the API key mode, even next to a valid Authorization', async () => {
    for (const headers of [
      { 'x-api-key': API_KEY },
      { 'x-api-key': API_KEY, authorization: idToken },
    ] as Record<string, string>[]) {
      expect(await post(headers)).toMatchObject({ status: 200, body: { mode: 'API_KEY', identity: null } });
    }
  });

  it('refuses a wrong x-api-key even next to a valid Authorization (the key decides)', async () => {
    expect(await post({ 'x-api-key': 'da2-wrong', authorization: idToken })).toEqual({
      status: 401,
      errorType: 'UnauthorizedException',
      body: {
        errors: [
          { errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' },
        ],
      },
    });
  });

  it('takes a JWT as Cognito, with sourceIp from x-forwarded-for then the peer', async () => {
    const answer = await post({ authorization: idToken, 'x-forwarded-for': '203.0.113.9' });
    expect(answer).toMatchObject({
      status: 200,
      body: {
        mode: 'AMAZON_COGNITO_USER_POOLS',
        identity: { sourceIp: ['203.0.113.9', '127.0.0.1'], groups: null },
      },
    });
  });

  it('takes a SigV4-signed request as IAM, and answers a tampered body 400', async () => {
    expect(await post(await sigV4Headers())).toMatchObject({
      status: 200,
      body: { mode: 'AWS_IAM', identity: { accountId: '000000000000', username: 'local' } },
    });
    const tampered = await post(await sigV4Headers(), BODY.replace('name', 'stock'));
    expect(tampered).toMatchObject({ status: 400, errorType: 'BadRequestException' });
  });

  it('reads a SigV4 header as a JWT when IAM is not a mode, and x-api-key as nothing when API_KEY is not', async () => {
    const request = { method: 'POST', path: '/graphql', body: BODY };
    const cognitoOnly: AuthConfig = { ...config, additionalModes: [] };
    const error: unknown = await authenticateRequest(
      { ...request, headers: await sigV4Headers() },
      cognitoOnly,
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'UnauthorizedException', message: 'Unable to parse JWT token.' });
    await expect(
      authenticateRequest(
        { ...request, headers: { 'x-api-key': 'da2-any', Authorization: idToken } },
        cognitoOnly,
      ),
    ).resolves.toMatchObject({ mode: 'AMAZON_COGNITO_USER_POOLS' });
  });
});
