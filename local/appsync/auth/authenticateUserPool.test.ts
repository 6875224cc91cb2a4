import {
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { CryptoKey, JWTPayload } from 'jose';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shop } from '../../../infra/shop.js';
import { AwsError } from '../../AwsError.js';
import { ensureUser, startCognito } from '../../cognito/index.js';
import type { CognitoTwin } from '../../cognito/index.js';
import { close, listen } from '../../listen.js';
import type { UserPoolAuthSpec } from './AuthConfig.js';
import { authenticateUserPool } from './authenticateUserPool.js';
import type { UserPoolContext } from './authenticateUserPool.js';
import { LOCAL_CREDENTIALS } from '../../localAws.js';

const PASSWORD = 'Correct-Horse-9-Battery';
const context: UserPoolContext = {
  sourceIp: ['10.0.0.7', '127.0.0.1'],
  defaultAuthStrategy: 'ALLOW',
  now: Date.now(),
};

let cognito: CognitoTwin;
let twinPool: UserPoolAuthSpec;
const tokens: Record<'shopper' | 'admin', { id: string; access: string; sub: string }> = {
  shopper: { id: '', access: '', sub: '' },
  admin: { id: '', access: '', sub: '' },
};

// A pool of our own: keys generated here, JWKS served from a local server, to mint tokens the twin
// never would (expired, forged, other issuer or audience).
const KID = 'test-key';
const CLIENT = 'testclient0000000000000000';
let jwksServer: Server;
let ownPool: UserPoolAuthSpec;
let signingKey: CryptoKey;
let forgingKey: CryptoKey;

async function signIn(email: string): Promise<{ id: string; access: string }> {
  const client = new CognitoIdentityProviderClient({
    endpoint: cognito.endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
  });
  try {
    const { AuthenticationResult } = await client.send(
      new InitiateAuthCommand({
        ClientId: cognito.userPoolClientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: email, PASSWORD },
      }),
    );
    if (!AuthenticationResult?.IdToken || !AuthenticationResult.AccessToken)
      throw new Error(`no tokens for ${email}`);
    return { id: AuthenticationResult.IdToken, access: AuthenticationResult.AccessToken };
  } finally {
    client.destroy();
  }
}

function mint(claims: JWTPayload, options: { key?: CryptoKey; expiresIn?: number } = {}): Promise<string> {
  const issuedAt = Math.floor(Date.now() / 1000);
  return new SignJWT({
    iss: ownPool.issuer,
    aud: CLIENT,
    sub: '11111111-2222-3333-4444-555555555555',
    token_use: 'id',
    'cognito:username': 'minted',
    iat: issuedAt,
    exp: issuedAt + (options.expiresIn ?? 3600),
    ...claims,
  })
    .setProtectedHeader({ alg: 'RS256', kid: KID })
    .sign(options.key ?? signingKey);
}

async function refusal(token: string, pool: UserPoolAuthSpec = ownPool): Promise<AwsError> {
  const error: unknown = await authenticateUserPool(token, pool, context).then(
    () => new Error('accepted'),
    (rejection: unknown) => rejection,
  );
  if (error instanceof AwsError) return error;
  throw error;
}

beforeAll(async () => {
  cognito = await startCognito({
    port: 0,
    region: 'us-east-1',
    accountId: '000000000000',
    userPool: shop.userPool,
  });
  twinPool = { issuer: cognito.issuer, jwksUrl: cognito.jwksUrl, clientIds: [cognito.userPoolClientId] };
  const shopper = await ensureUser(cognito, { email: 'shopper@example.com', password: PASSWORD });
  const admin = await ensureUser(cognito, {
    email: 'admin@example.com',
    password: PASSWORD,
    groups: [shop.userPool.adminGroup],
  });
  tokens.shopper = { ...(await signIn('shopper@example.com')), sub: shopper.sub };
  tokens.admin = { ...(await signIn('admin@example.com')), sub: admin.sub };

  const pair = await generateKeyPair('RS256', { extractable: true });
  signingKey = pair.privateKey;
  forgingKey = (await generateKeyPair('RS256')).privateKey;
  const jwks = JSON.stringify({
    keys: [{ ...(await exportJWK(pair.publicKey)), kid: KID, alg: 'RS256', use: 'sig' }],
  });
  jwksServer = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'application/json' }).end(jwks);
  });
  const endpoint = await listen(jwksServer, 0, 'jwks');
  ownPool = {
    issuer: `${endpoint}/us-east-1_TestPool1`,
    jwksUrl: `${endpoint}/jwks.json`,
    clientIds: [CLIENT],
  };
});

afterAll(async () => {
  await cognito?.stop();
  if (jwksServer) await close(jwksServer);
});

describe('authenticateUserPool with tokens of the Cognito twin', () => {
  it("accepts a shopper's id token and builds the Cognito identity (no groups: null)", async () => {
    const result = await authenticateUserPool(tokens.shopper.id, twinPool, context);
    expect(result.mode).toBe('AMAZON_COGNITO_USER_POOLS');
    expect(result.identity).toMatchObject({
      sub: tokens.shopper.sub,
      issuer: cognito.issuer,
      username: tokens.shopper.sub,
      sourceIp: ['10.0.0.7', '127.0.0.1'],
      defaultAuthStrategy: 'ALLOW',
      groups: null,
    });
    expect(result.identity.claims).toMatchObject({ token_use: 'id', email: 'shopper@example.com' });
  });

  it("accepts an admin's id and access tokens, with the admins group", async () => {
    const byId = await authenticateUserPool(tokens.admin.id, twinPool, context);
    const byAccess = await authenticateUserPool(tokens.admin.access, twinPool, context);
    for (const result of [byId, byAccess]) {
      expect(result.identity).toMatchObject({ sub: tokens.admin.sub, groups: ['admins'] });
    }
    expect(byAccess.identity.claims).toMatchObject({
      token_use: 'access',
      client_id: cognito.userPoolClientId,
    });
    expect(byAccess.identity.username).toBe(byId.identity.username);
  });

  it('refuses twin tokens for an app client the API does not accept (id and access tokens)', async () => {
    const otherClient = { ...twinPool, clientIds: ['someotherclient00000000000'] };
    for (const token of [tokens.shopper.id, tokens.shopper.access]) {
      expect((await refusal(token, otherClient)).message).toBe('Valid authorization header not provided.');
    }
  });

  it("refuses a twin token checked against another pool's keys and issuer", async () => {
    const error = await refusal(tokens.shopper.id, ownPool);
    expect([error.status, error.code, error.message]).toEqual([
      401,
      'UnauthorizedException',
      'Valid authorization header not provided.',
    ]);
  });
});

describe('authenticateUserPool with tokens minted by a local key', () => {
  it('accepts a well-formed token of the pool', async () => {
    await expect(authenticateUserPool(await mint({}), ownPool, context)).resolves.toMatchObject({
      identity: { username: 'minted', groups: null },
    });
  });

  it('refuses an expired token with "Token has expired."', async () => {
    const error = await refusal(await mint({}, { expiresIn: -60 }));
    expect([error.status, error.code, error.message]).toEqual([
      401,
      'UnauthorizedException',
      'Token has expired.',
    ]);
  });

  it('refuses a forged signature, another issuer, another audience and another token_use', async () => {
    const forged = await mint({}, { key: forgingKey });
    const otherIssuer = await mint({ iss: 'https://cognito-idp.us-east-1.amazonaws.com/us-east-1_Other' });
    const otherAudience = await mint({ aud: 'someotherclient00000000000' });
    const accessOfOtherClient = await mint({ token_use: 'access', client_id: 'someotherclient00000000000' });
    const refresh = await mint({ token_use: 'refresh' });
    for (const token of [forged, otherIssuer, otherAudience, accessOfOtherClient, refresh]) {
      expect((await refusal(token)).message).toBe('Valid authorization header not provided.');
    }
  });

  it('refuses what is not a JWT with "Unable to parse JWT token."', async () => {
    for (const token of ['not-a-jwt', `Bearer ${await mint({})}`, 'a.b.c']) {
      expect((await refusal(token)).message).toBe('Unable to parse JWT token.');
    }
  });

  it('rethrows a failing JWKS fetch instead of answering 401 (a fault of the key server)', async () => {
    const unreachable = { ...ownPool, jwksUrl: 'http://127.0.0.1:9/jwks.json' };
    const error: unknown = await authenticateUserPool(await mint({}), unreachable, context).catch(
      (e: unknown) => e,
    );
    expect(error).not.toBeInstanceOf(AwsError);
  });
});
