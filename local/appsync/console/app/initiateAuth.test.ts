import { shop } from '../../../../infra/shop.js';
import {
  AdminCreateUserCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureUser, startCognito } from '../../../cognito/index.js';
import type { CognitoTwin } from '../../../cognito/index.js';
import { initiateAuth, initiateAuthRequest, SignInError } from './initiateAuth.js';
import { tokenClaims } from './tokenClaims.js';
import { LOCAL_CREDENTIALS } from '../../../localAws.js';

const ADMIN = { email: 'console-admin@shopsync.local', password: 'Console-Admin-9!x', groups: ['admins'] };
const SHOPPER = { email: 'console-shopper@shopsync.local', password: 'Console-Shopper-9!x' };

let cognito: CognitoTwin;
let idp: CognitoIdentityProviderClient;

beforeAll(async () => {
  cognito = await startCognito({
    port: 0,
    region: 'us-east-1',
    accountId: '000000000000',
    userPool: shop.userPool,
  });
  idp = new CognitoIdentityProviderClient({
    endpoint: cognito.endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
  });
  await ensureUser(cognito, ADMIN);
  await ensureUser(cognito, SHOPPER);
});

afterAll(async () => {
  idp?.destroy();
  await cognito?.stop();
});

const signIn = (email: string, password: string): ReturnType<typeof initiateAuth> =>
  initiateAuth({ endpoint: cognito.endpoint, clientId: cognito.userPoolClientId, email, password });

describe('initiateAuthRequest', () => {
  it("builds the AWS JSON 1.1 request the SDK's InitiateAuthCommand sends", async () => {
    const request = initiateAuthRequest({
      endpoint: 'http://127.0.0.1:9229',
      clientId: 'client-1',
      email: 'a@b.c',
      password: 'pw',
    });
    expect(request.url).toBe('http://127.0.0.1:9229/');
    expect(request.init.method).toBe('POST');
    expect(request.init.headers).toEqual({
      'content-type': 'application/x-amz-json-1.1',
      'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth',
    });
    expect(JSON.parse(request.init.body as string)).toEqual({
      AuthFlow: 'USER_PASSWORD_AUTH',
      ClientId: 'client-1',
      AuthParameters: { USERNAME: 'a@b.c', PASSWORD: 'pw' },
    });

    // The same body through the SDK signs in too: the console asks exactly what the SDK asks.
    const viaSdk = await idp.send(
      new InitiateAuthCommand({
        AuthFlow: 'USER_PASSWORD_AUTH',
        ClientId: cognito.userPoolClientId,
        AuthParameters: { USERNAME: ADMIN.email, PASSWORD: ADMIN.password },
      }),
    );
    expect(viaSdk.AuthenticationResult?.IdToken).toBeTruthy();
  });
});

describe('initiateAuth against the Cognito twin', () => {
  it('signs an admin in and returns an id token the pool verifies, naming the user and the admins group', async () => {
    const signedIn = await signIn(ADMIN.email, ADMIN.password);
    expect(signedIn.expiresIn).toBeGreaterThan(0);
    expect(signedIn.refreshToken).toBeTruthy();
    const { payload } = await jwtVerify(signedIn.idToken, createRemoteJWKSet(new URL(cognito.jwksUrl)), {
      issuer: cognito.issuer,
      audience: cognito.userPoolClientId,
    });
    expect(payload.token_use).toBe('id');
    const claims = tokenClaims(signedIn.idToken);
    expect(claims).toMatchObject({ name: ADMIN.email, groups: ['admins'], tokenUse: 'id' });
    expect(claims.subject).toBe(payload.sub);
    expect(claims.expiresAt).toBe((payload.exp ?? 0) * 1000);
    expect(tokenClaims(signedIn.accessToken)).toMatchObject({ groups: ['admins'], tokenUse: 'access' });
  });

  it('shows a shopper in no group', async () => {
    const signedIn = await signIn(SHOPPER.email, SHOPPER.password);
    expect(tokenClaims(signedIn.idToken)).toMatchObject({ name: SHOPPER.email, groups: [] });
  });

  it('rejects a wrong password and an unknown user alike with NotAuthorizedException (400)', async () => {
    for (const [email, password] of [
      [ADMIN.email, 'Wrong-Password-1!'],
      ['nobody@shopsync.local', 'Wrong-Password-1!'],
    ] as const) {
      const failure = await signIn(email, password).catch((error: unknown) => error);
      expect(failure).toBeInstanceOf(SignInError);
      expect(failure).toMatchObject({
        code: 'NotAuthorizedException',
        message: 'Incorrect username or password.',
        status: 400,
      });
    }
  });

  it('rejects an unknown app client with its Cognito error', async () => {
    const failure = await initiateAuth({
      endpoint: cognito.endpoint,
      clientId: 'no-such-client',
      email: ADMIN.email,
      password: ADMIN.password,
    }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SignInError);
    expect((failure as SignInError).code).toMatch(/Exception$/);
    expect((failure as SignInError).status).toBeGreaterThanOrEqual(400);
  });

  it('refuses a user who must set a new password first, naming the challenge', async () => {
    const email = 'console-new@shopsync.local';
    await idp.send(
      new AdminCreateUserCommand({
        UserPoolId: cognito.userPoolId,
        Username: email,
        TemporaryPassword: 'Temporary-Pass-9!',
        MessageAction: 'SUPPRESS',
        UserAttributes: [{ Name: 'email', Value: email }],
      }),
    );
    await expect(signIn(email, 'Temporary-Pass-9!')).rejects.toMatchObject({
      name: 'SignInError',
      code: 'NEW_PASSWORD_REQUIRED',
    });
  });
});
