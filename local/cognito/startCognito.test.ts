import {
  AdminAddUserToGroupCommand,
  AdminConfirmSignUpCommand,
  AdminUpdateUserAttributesCommand,
  AdminGetUserCommand,
  AdminInitiateAuthCommand,
  AdminListGroupsForUserCommand,
  CognitoIdentityProviderClient,
  ConfirmForgotPasswordCommand,
  ConfirmSignUpCommand,
  DescribeUserPoolClientCommand,
  DescribeUserPoolCommand,
  ForgotPasswordCommand,
  GetTokensFromRefreshTokenCommand,
  GetUserCommand,
  InitiateAuthCommand,
  ListGroupsCommand,
  ListUsersCommand,
  ResendConfirmationCodeCommand,
  SignUpCommand,
  UpdateUserAttributesCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import type { PostConfirmationTriggerEvent } from 'aws-lambda';
import { createRemoteJWKSet, jwtVerify } from 'jose';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { profileItem } from '../../functions/postConfirmation/profileItem.js';
import { shop } from '../../infra/shop.js';
import { ensureUser, startCognito } from './index.js';
import type { CodePurpose, CognitoTwin } from './index.js';
import { LOCAL_CREDENTIALS } from '../localAws.js';

const root = mkdtempSync(path.join(tmpdir(), 'shopsync-cognito-test-'));
const place = { region: 'us-east-1', accountId: '000000000000', userPool: shop.userPool };
const PASSWORD = 'Correct-Horse-9-Battery';

interface Delivered {
  readonly email: string;
  readonly code: string;
  readonly purpose: CodePurpose;
}
const delivered: Delivered[] = [];
const triggered: PostConfirmationTriggerEvent[] = [];
/** Emails whose post-confirmation function throws. */
const failingTrigger = new Set<string>();
/** Emails the mail server refuses. */
const failingDelivery = new Set<string>();

let cognito: CognitoTwin;
let idp: CognitoIdentityProviderClient;

function clientFor(twin: CognitoTwin): CognitoIdentityProviderClient {
  return new CognitoIdentityProviderClient({
    endpoint: twin.endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
  });
}

function codesFor(email: string, purpose: CodePurpose): string[] {
  return delivered
    .filter((entry) => entry.email === email && entry.purpose === purpose)
    .map((entry) => entry.code);
}

function otherCode(code: string): string {
  return code === '000000' ? '111111' : '000000';
}

async function signIn(
  twin: CognitoTwin,
  client: CognitoIdentityProviderClient,
  email: string,
  password = PASSWORD,
) {
  const { AuthenticationResult } = await client.send(
    new InitiateAuthCommand({
      ClientId: twin.userPoolClientId,
      AuthFlow: 'USER_PASSWORD_AUTH',
      AuthParameters: { USERNAME: email, PASSWORD: password },
    }),
  );
  if (
    !AuthenticationResult?.IdToken ||
    !AuthenticationResult.AccessToken ||
    !AuthenticationResult.RefreshToken
  ) {
    throw new Error(`no tokens for ${email}`);
  }
  return AuthenticationResult;
}

async function signUpAndConfirm(email: string): Promise<string> {
  const { UserSub } = await idp.send(
    new SignUpCommand({ ClientId: cognito.userPoolClientId, Username: email, Password: PASSWORD }),
  );
  const [code] = codesFor(email, 'SignUp');
  await idp.send(
    new ConfirmSignUpCommand({ ClientId: cognito.userPoolClientId, Username: email, ConfirmationCode: code }),
  );
  return UserSub ?? '';
}

async function verifyIdToken(twin: CognitoTwin, token: string) {
  const { payload } = await jwtVerify(token, createRemoteJWKSet(new URL(twin.jwksUrl)), {
    issuer: twin.issuer,
    audience: twin.userPoolClientId,
  });
  return payload;
}

beforeAll(async () => {
  cognito = await startCognito({
    ...place,
    port: 0,
    stateDir: path.join(root, 'main'),
    deliverCode: (email, code, purpose) => {
      if (failingDelivery.has(email)) return Promise.reject(new Error('mailbox full'));
      delivered.push({ email, code, purpose });
      return Promise.resolve();
    },
    invokeTrigger: (_trigger, event) => {
      triggered.push(event);
      const email = event.request.userAttributes.email ?? '';
      return failingTrigger.has(email) ? Promise.reject(new Error('boom')) : Promise.resolve(event);
    },
  });
  idp = clientFor(cognito);
});

afterAll(async () => {
  idp?.destroy();
  await cognito?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('Cognito twin (cognito-local 5.3.0 behind our front)', () => {
  it('holds the user pool, app client and admin group of the stack description under AWS-shaped ids', async () => {
    expect(cognito.userPoolId).toBe('us-east-1_ShopSync1');
    expect(cognito.userPoolClientId).toMatch(/^[a-z0-9]{26}$/);
    expect(cognito.issuer).toBe(`${cognito.endpoint}/us-east-1_ShopSync1`);
    expect(cognito.jwksUrl).toBe(`${cognito.issuer}/.well-known/jwks.json`);

    const { UserPool } = await idp.send(new DescribeUserPoolCommand({ UserPoolId: cognito.userPoolId }));
    expect(UserPool).toMatchObject({
      Id: cognito.userPoolId,
      Arn: 'arn:aws:cognito-idp:us-east-1:000000000000:userpool/us-east-1_ShopSync1',
      UsernameAttributes: ['email'],
      AutoVerifiedAttributes: ['email'],
      Policies: { PasswordPolicy: { MinimumLength: shop.userPool.passwordMinLength, RequireSymbols: true } },
    });
    const { UserPoolClient } = await idp.send(
      new DescribeUserPoolClientCommand({
        UserPoolId: cognito.userPoolId,
        ClientId: cognito.userPoolClientId,
      }),
    );
    expect(UserPoolClient?.ExplicitAuthFlows).toEqual([
      'ALLOW_USER_PASSWORD_AUTH',
      'ALLOW_REFRESH_TOKEN_AUTH',
    ]);
    const { Groups } = await idp.send(new ListGroupsCommand({ UserPoolId: cognito.userPoolId }));
    expect(Groups?.map((group) => group.GroupName)).toEqual([shop.userPool.adminGroup]);
  });

  it('signs up, delivers a random code, confirms once and runs the post-confirmation trigger with the AWS event', async () => {
    const email = 'ada@example.com';
    const signUp = await idp.send(
      new SignUpCommand({ ClientId: cognito.userPoolClientId, Username: email, Password: PASSWORD }),
    );
    expect(signUp).toMatchObject({
      UserConfirmed: false,
      CodeDeliveryDetails: { DeliveryMedium: 'EMAIL', AttributeName: 'email', Destination: email },
    });
    const sub = signUp.UserSub ?? '';
    expect(sub).toMatch(/^[0-9a-f-]{36}$/);
    const codes = codesFor(email, 'SignUp');
    expect(codes).toEqual([expect.stringMatching(/^\d{6}$/)]);
    const code = codes[0] ?? '';

    await expect(signIn(cognito, idp, email)).rejects.toMatchObject({ name: 'UserNotConfirmedException' });
    await expect(
      idp.send(
        new ConfirmSignUpCommand({
          ClientId: cognito.userPoolClientId,
          Username: email,
          ConfirmationCode: otherCode(code),
        }),
      ),
    ).rejects.toMatchObject({ name: 'CodeMismatchException', $metadata: { httpStatusCode: 400 } });
    expect(triggered).toHaveLength(0);

    await idp.send(
      new ConfirmSignUpCommand({
        ClientId: cognito.userPoolClientId,
        Username: email,
        ConfirmationCode: code,
      }),
    );
    expect(triggered).toEqual([
      {
        version: '1',
        region: 'us-east-1',
        userPoolId: cognito.userPoolId,
        userName: sub,
        callerContext: { awsSdkVersion: expect.any(String) as string, clientId: cognito.userPoolClientId },
        triggerSource: 'PostConfirmation_ConfirmSignUp',
        request: {
          userAttributes: {
            sub,
            email,
            email_verified: 'true',
            'cognito:user_status': 'CONFIRMED',
            'cognito:email_alias': email,
          },
        },
        response: {},
      },
    ]);
    // The shop's own post-confirmation function reads this event into a profile.
    expect(profileItem(triggered[0] as PostConfirmationTriggerEvent, new Date(0))).toMatchObject({
      id: sub,
      email,
    });
    await expect(
      idp.send(
        new ConfirmSignUpCommand({
          ClientId: cognito.userPoolClientId,
          Username: email,
          ConfirmationCode: code,
        }),
      ),
    ).rejects.toMatchObject({
      name: 'NotAuthorizedException',
      message: 'User cannot be confirmed. Current status is CONFIRMED',
    });
    expect(triggered).toHaveLength(1);

    const tokens = await signIn(cognito, idp, email);
    expect(tokens).toMatchObject({ ExpiresIn: 3600, TokenType: 'Bearer' });
    const claims = await verifyIdToken(cognito, tokens.IdToken ?? '');
    expect(claims).toMatchObject({
      sub,
      email,
      email_verified: true,
      token_use: 'id',
      'cognito:username': sub,
    });
    expect(claims['cognito:groups']).toBeUndefined();
    const access = await jwtVerify(tokens.AccessToken ?? '', createRemoteJWKSet(new URL(cognito.jwksUrl)), {
      issuer: cognito.issuer,
    });
    expect(access.payload).toMatchObject({ sub, token_use: 'access', client_id: cognito.userPoolClientId });
    const user = await idp.send(new GetUserCommand({ AccessToken: tokens.AccessToken }));
    expect(user.Username).toBe(sub);
  });

  it('answers a password that breaks the policy with InvalidPasswordException, a taken email with UsernameExistsException', async () => {
    const signUp = (Username: string, Password: string) =>
      idp.send(new SignUpCommand({ ClientId: cognito.userPoolClientId, Username, Password }));
    await expect(signUp('short@example.com', 'Short-1a')).rejects.toMatchObject({
      name: 'InvalidPasswordException',
      message: 'Password did not conform with policy: Password not long enough',
    });
    await expect(signUp('lower@example.com', 'no-upper-case-1')).rejects.toMatchObject({
      name: 'InvalidPasswordException',
      message: 'Password did not conform with policy: Password must have uppercase characters',
    });
    expect(codesFor('short@example.com', 'SignUp')).toEqual([]);
    await signUpAndConfirm('taken@example.com');
    await expect(signUp('taken@example.com', PASSWORD)).rejects.toMatchObject({
      name: 'UsernameExistsException',
    });
  });

  it('fails SignUp with CodeDeliveryFailureException when the code cannot be sent, keeping no user', async () => {
    const email = 'unreachable@example.com';
    failingDelivery.add(email);
    const signUp = () =>
      idp.send(
        new SignUpCommand({ ClientId: cognito.userPoolClientId, Username: email, Password: PASSWORD }),
      );
    await expect(signUp()).rejects.toMatchObject({
      name: 'CodeDeliveryFailureException',
      message: `Unable to deliver the code to ${email}: mailbox full`,
      $metadata: { attempts: 1 },
    });
    failingDelivery.delete(email);
    await expect(signUp()).resolves.toMatchObject({ UserConfirmed: false });
  });

  it('answers a wrong password and an unknown user alike with NotAuthorizedException, like AWS', async () => {
    await signUpAndConfirm('grace@example.com');
    for (const [email, password] of [
      ['grace@example.com', 'Wrong-Password-42'],
      ['nobody@example.com', PASSWORD],
    ] as const) {
      await expect(signIn(cognito, idp, email, password)).rejects.toMatchObject({
        name: 'NotAuthorizedException',
        message: 'Incorrect username or password.',
        $metadata: { httpStatusCode: 400 },
      });
    }
  });

  it('puts groups in tokens and refreshes them through GetTokensFromRefreshToken', async () => {
    const email = 'admin-to-be@example.com';
    await signUpAndConfirm(email);
    const first = await signIn(cognito, idp, email);
    await idp.send(
      new AdminAddUserToGroupCommand({
        UserPoolId: cognito.userPoolId,
        Username: email,
        GroupName: 'admins',
      }),
    );
    const { AuthenticationResult: refreshed } = await idp.send(
      new GetTokensFromRefreshTokenCommand({
        ClientId: cognito.userPoolClientId,
        RefreshToken: first.RefreshToken,
      }),
    );
    expect(refreshed).toMatchObject({
      RefreshToken: first.RefreshToken,
      ExpiresIn: 3600,
      TokenType: 'Bearer',
    });
    expect(refreshed?.IdToken).not.toBe(first.IdToken);
    expect((await verifyIdToken(cognito, refreshed?.IdToken ?? ''))['cognito:groups']).toEqual(['admins']);
    // AdminListGroupsForUser takes the username or an alias (API reference, `Username`): here the email.
    const { Groups } = await idp.send(
      new AdminListGroupsForUserCommand({ UserPoolId: cognito.userPoolId, Username: email }),
    );
    expect(Groups?.map((group) => group.GroupName)).toEqual(['admins']);
    await expect(
      idp.send(
        new AdminListGroupsForUserCommand({ UserPoolId: cognito.userPoolId, Username: 'no@example.com' }),
      ),
    ).rejects.toMatchObject({ name: 'UserNotFoundException', message: 'User does not exist.' });

    await expect(
      idp.send(
        new GetTokensFromRefreshTokenCommand({
          ClientId: cognito.userPoolClientId,
          RefreshToken: 'not-a-token',
        }),
      ),
    ).rejects.toMatchObject({ name: 'NotAuthorizedException', message: 'Invalid Refresh Token' });
  });

  it('answers USER_SRP_AUTH at once with UnsupportedOperationException, and a flow the client disallows with InvalidParameterException', async () => {
    await expect(
      idp.send(
        new InitiateAuthCommand({
          ClientId: cognito.userPoolClientId,
          AuthFlow: 'USER_SRP_AUTH',
          AuthParameters: { USERNAME: 'ada@example.com', SRP_A: 'abc' },
        }),
      ),
    ).rejects.toMatchObject({
      name: 'UnsupportedOperationException',
      message: expect.stringContaining('USER_PASSWORD_AUTH') as string,
      $metadata: { httpStatusCode: 400, attempts: 1 },
    });
    await expect(
      idp.send(
        new AdminInitiateAuthCommand({
          UserPoolId: cognito.userPoolId,
          ClientId: cognito.userPoolClientId,
          AuthFlow: 'ADMIN_USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: 'ada@example.com', PASSWORD },
        }),
      ),
    ).rejects.toMatchObject({
      name: 'InvalidParameterException',
      message: 'ADMIN_USER_PASSWORD_AUTH flow not enabled for this client',
    });
  });

  it('fails ConfirmSignUp like AWS when the post-confirmation function fails, leaving the user confirmed', async () => {
    const email = 'unlucky@example.com';
    failingTrigger.add(email);
    await idp.send(
      new SignUpCommand({ ClientId: cognito.userPoolClientId, Username: email, Password: PASSWORD }),
    );
    const [code] = codesFor(email, 'SignUp');
    await expect(
      idp.send(
        new ConfirmSignUpCommand({
          ClientId: cognito.userPoolClientId,
          Username: email,
          ConfirmationCode: code,
        }),
      ),
    ).rejects.toMatchObject({
      name: 'UserLambdaValidationException',
      message: 'PostConfirmation failed with error boom.',
      $metadata: { httpStatusCode: 400 },
    });
    const user = await idp.send(new AdminGetUserCommand({ UserPoolId: cognito.userPoolId, Username: email }));
    expect(user.UserStatus).toBe('CONFIRMED');
    await signIn(cognito, idp, email);
  });

  it('runs the trigger on AdminConfirmSignUp, with no client', async () => {
    const email = 'confirmed-by-admin@example.com';
    await idp.send(
      new SignUpCommand({ ClientId: cognito.userPoolClientId, Username: email, Password: PASSWORD }),
    );
    const before = triggered.length;
    await idp.send(new AdminConfirmSignUpCommand({ UserPoolId: cognito.userPoolId, Username: email }));
    expect(triggered.slice(before)).toEqual([
      expect.objectContaining({
        triggerSource: 'PostConfirmation_ConfirmSignUp',
        callerContext: expect.objectContaining({ clientId: 'CLIENT_ID_NOT_APPLICABLE' }) as unknown,
        request: {
          userAttributes: expect.objectContaining({ email, 'cognito:user_status': 'CONFIRMED' }) as unknown,
        },
      }),
    ]);
    await signIn(cognito, idp, email);
  });

  it('resends a sign-up code, which replaces the pending one', async () => {
    const email = 'forgetful@example.com';
    await idp.send(
      new SignUpCommand({ ClientId: cognito.userPoolClientId, Username: email, Password: PASSWORD }),
    );
    const { CodeDeliveryDetails } = await idp.send(
      new ResendConfirmationCodeCommand({ ClientId: cognito.userPoolClientId, Username: email }),
    );
    expect(CodeDeliveryDetails).toMatchObject({ DeliveryMedium: 'EMAIL', Destination: email });
    const [first] = codesFor(email, 'SignUp');
    const [second] = codesFor(email, 'ResendCode');
    expect(second).toMatch(/^\d{6}$/);
    if (first !== second) {
      await expect(
        idp.send(
          new ConfirmSignUpCommand({
            ClientId: cognito.userPoolClientId,
            Username: email,
            ConfirmationCode: first,
          }),
        ),
      ).rejects.toMatchObject({ name: 'CodeMismatchException' });
    }
    await idp.send(
      new ConfirmSignUpCommand({
        ClientId: cognito.userPoolClientId,
        Username: email,
        ConfirmationCode: second,
      }),
    );
    await expect(
      idp.send(new ResendConfirmationCodeCommand({ ClientId: cognito.userPoolClientId, Username: email })),
    ).rejects.toMatchObject({ name: 'InvalidParameterException', message: 'User is already confirmed.' });
  });

  it('resets a forgotten password with an emailed code, under the password policy', async () => {
    const email = 'reset@example.com';
    await signUpAndConfirm(email);
    await idp.send(new ForgotPasswordCommand({ ClientId: cognito.userPoolClientId, Username: email }));
    const [code] = codesFor(email, 'ForgotPassword');
    expect(code).toMatch(/^\d{6}$/);
    const confirm = (Password: string) =>
      idp.send(
        new ConfirmForgotPasswordCommand({
          ClientId: cognito.userPoolClientId,
          Username: email,
          ConfirmationCode: code,
          Password,
        }),
      );
    await expect(confirm('weak')).rejects.toMatchObject({ name: 'InvalidPasswordException' });
    const before = triggered.length;
    await confirm('Brand-New-Secret-7');
    expect(triggered.slice(before).map((event) => event.triggerSource)).toEqual([
      'PostConfirmation_ConfirmForgotPassword',
    ]);
    await signIn(cognito, idp, email, 'Brand-New-Secret-7');
  });

  it('ensureUser makes a confirmed user with a permanent password and groups, and is safe to repeat', async () => {
    const spec = { email: 'boss@example.com', password: 'Admin-Password-123', groups: ['admins'] };
    const created = await ensureUser(cognito, spec);
    expect(created).toEqual({ sub: expect.stringMatching(/^[0-9a-f-]{36}$/) as string, created: true });
    expect(await ensureUser(cognito, spec)).toEqual({ sub: created.sub, created: false });
    const claims = await verifyIdToken(
      cognito,
      (await signIn(cognito, idp, spec.email, spec.password)).IdToken ?? '',
    );
    expect(claims).toMatchObject({ sub: created.sub, email_verified: true, 'cognito:groups': ['admins'] });
    await expect(ensureUser(cognito, { email: 'weak@example.com', password: 'weak' })).rejects.toMatchObject({
      name: 'InvalidPasswordException',
    });
    expect(codesFor(spec.email, 'AdminCreateUser')).toEqual([]);
  });

  it('refuses an IAM operation unsigned or signed with other keys, as AWS does, and answers it signed', async () => {
    const email = 'climber@example.com';
    await signUpAndConfirm(email);
    const unsigned = (operation: string, input: object) =>
      fetch(cognito.endpoint, {
        method: 'POST',
        headers: {
          'content-type': 'application/x-amz-json-1.1',
          'x-amz-target': `AWSCognitoIdentityProviderService.${operation}`,
        },
        body: JSON.stringify(input),
      });
    const UserPoolId = cognito.userPoolId;
    for (const [operation, input] of [
      ['AdminAddUserToGroup', { UserPoolId, Username: email, GroupName: shop.userPool.adminGroup }],
      ['ListUsers', { UserPoolId }],
      ['ListUserPools', { MaxResults: 10 }],
      ['CreateGroup', { UserPoolId, GroupName: 'climbers' }],
    ] as const) {
      const response = await unsigned(operation, input);
      expect(response.status, operation).toBe(400);
      expect(response.headers.get('x-amzn-errortype'), operation).toBe('MissingAuthenticationTokenException');
      expect(await response.json()).toEqual({
        __type: 'MissingAuthenticationTokenException',
        message: 'Missing Authentication Token',
      });
    }
    const { Groups } = await idp.send(new ListGroupsCommand({ UserPoolId }));
    expect(Groups?.map((group) => group.GroupName)).toEqual([shop.userPool.adminGroup]);

    const withKeys = (accessKeyId: string, secretAccessKey: string) =>
      new CognitoIdentityProviderClient({
        endpoint: cognito.endpoint,
        region: 'us-east-1',
        credentials: { accessKeyId, secretAccessKey },
      });
    const wrongSecret = withKeys(LOCAL_CREDENTIALS.accessKeyId, 'not-the-secret');
    await expect(wrongSecret.send(new ListUsersCommand({ UserPoolId }))).rejects.toMatchObject({
      name: 'InvalidSignatureException',
      message: expect.stringMatching(/^The request signature we calculated does not match/) as string,
      $metadata: { httpStatusCode: 400 },
    });
    const unknownKey = withKeys('AKIAUNKNOWN', LOCAL_CREDENTIALS.secretAccessKey);
    await expect(unknownKey.send(new ListUsersCommand({ UserPoolId }))).rejects.toMatchObject({
      name: 'UnrecognizedClientException',
      message: 'The security token included in the request is invalid.',
      $metadata: { httpStatusCode: 400 },
    });
    // Operations a user calls without IAM keys stay open to an unsigned client, as on AWS.
    const anonymous = withKeys('AKIAUNKNOWN', 'anything');
    await expect(
      anonymous.send(
        new InitiateAuthCommand({
          ClientId: cognito.userPoolClientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: email, PASSWORD },
        }),
      ),
    ).resolves.toHaveProperty('AuthenticationResult.IdToken');
    wrongSecret.destroy();
    unknownKey.destroy();
    anonymous.destroy();

    const { Users } = await idp.send(new ListUsersCommand({ UserPoolId, Filter: `email = "${email}"` }));
    expect(Users).toHaveLength(1);
  });

  it("answers a change to another user's email with AliasExistsException, keeping the email", async () => {
    await signUpAndConfirm('first-owner@example.com');
    await signUpAndConfirm('second-owner@example.com');
    const { AccessToken } = await signIn(cognito, idp, 'second-owner@example.com');
    const taken = {
      name: 'AliasExistsException',
      message: 'An account with the given email already exists.',
      $metadata: { httpStatusCode: 400 },
    };
    for (const Value of ['first-owner@example.com', 'First-Owner@Example.com']) {
      await expect(
        idp.send(
          new UpdateUserAttributesCommand({ AccessToken, UserAttributes: [{ Name: 'email', Value }] }),
        ),
      ).rejects.toMatchObject(taken);
      await expect(
        idp.send(
          new AdminUpdateUserAttributesCommand({
            UserPoolId: cognito.userPoolId,
            Username: 'second-owner@example.com',
            UserAttributes: [{ Name: 'email', Value }],
          }),
        ),
      ).rejects.toMatchObject(taken);
    }
    const { UserAttributes } = await idp.send(new GetUserCommand({ AccessToken }));
    expect(UserAttributes?.find((attribute) => attribute.Name === 'email')?.Value).toBe(
      'second-owner@example.com',
    );
    // Its own email, or a free one, is no conflict.
    await idp.send(
      new UpdateUserAttributesCommand({
        AccessToken,
        UserAttributes: [
          { Name: 'email', Value: 'second-owner@example.com' },
          { Name: 'name', Value: 'Second' },
        ],
      }),
    );
    await idp.send(
      new UpdateUserAttributesCommand({
        AccessToken,
        UserAttributes: [{ Name: 'email', Value: 'free-address@example.com' }],
      }),
    );
  });

  it("serves the pool's OpenID configuration, and answers no other web page's CORS preflight", async () => {
    const configuration: unknown = await (
      await fetch(`${cognito.issuer}/.well-known/openid-configuration`)
    ).json();
    expect(configuration).toMatchObject({ issuer: cognito.issuer, jwks_uri: cognito.jwksUrl });
    const preflight = await fetch(cognito.endpoint, {
      method: 'OPTIONS',
      headers: {
        origin: 'http://localhost:5173',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-amz-target,x-amz-user-agent',
      },
    });
    expect(preflight.status).toBe(403);
    expect(preflight.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('keeps the pool, the client id and the users across a restart', async () => {
    const stateDir = path.join(root, 'restart');
    const first = await startCognito({ ...place, port: 0, stateDir });
    await ensureUser(first, { email: 'lasting@example.com', password: PASSWORD });
    await first.stop();
    await first.stop();

    const second = await startCognito({ ...place, port: 0, stateDir });
    const client = clientFor(second);
    try {
      expect(second.userPoolId).toBe(first.userPoolId);
      expect(second.userPoolClientId).toBe(first.userPoolClientId);
      const claims = await verifyIdToken(
        second,
        (await signIn(second, client, 'lasting@example.com')).IdToken ?? '',
      );
      expect(claims.email).toBe('lasting@example.com');
      const user = await client.send(
        new AdminGetUserCommand({ UserPoolId: second.userPoolId, Username: 'lasting@example.com' }),
      );
      expect(user.UserCreateDate?.getTime()).toBeGreaterThan(Date.now() - 60_000);
    } finally {
      client.destroy();
      await second.stop();
    }
  });

  it('runs two twins side by side, each with its own state, port and issuer', async () => {
    const [left, right] = await Promise.all([
      startCognito({ ...place, port: 0, stateDir: path.join(root, 'left') }),
      startCognito({ ...place, port: 0 }),
    ]);
    const leftClient = clientFor(left);
    const rightClient = clientFor(right);
    try {
      expect(left.endpoint).not.toBe(right.endpoint);
      expect(left.userPoolClientId).not.toBe(right.userPoolClientId);
      await ensureUser(left, { email: 'only-left@example.com', password: PASSWORD });
      const tokens = await signIn(left, leftClient, 'only-left@example.com');
      await expect(signIn(right, rightClient, 'only-left@example.com')).rejects.toMatchObject({
        name: 'NotAuthorizedException',
      });
      await expect(
        jwtVerify(tokens.IdToken ?? '', createRemoteJWKSet(new URL(right.jwksUrl)), { issuer: right.issuer }),
      ).rejects.toMatchObject({ code: 'ERR_JWT_CLAIM_VALIDATION_FAILED' });
    } finally {
      leftClient.destroy();
      rightClient.destroy();
      await Promise.all([left.stop(), right.stop()]);
    }
  });
});
