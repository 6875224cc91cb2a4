import { randomInt } from 'node:crypto';
import type { AppClient } from 'cognito-local/lib/services/appClient.js';
import { USER_POOL_AWS_DEFAULTS } from 'cognito-local/lib/services/cognitoService.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import type { UserPool } from 'cognito-local/lib/services/userPoolService.js';
import type { UserPoolSpec } from '../../infra/description.js';

/** The ids the app and the AppSync twin are configured with. */
export interface UserPoolIds {
  /** AWS-shaped (`<region>_<9 characters>`), and the same on every start: `<region>_ShopSync1`. */
  readonly userPoolId: string;
  /** 26 lower-case letters and digits like an AWS app client id; made once, kept in `clients.json`. */
  readonly userPoolClientId: string;
}

/** Where the pool lives, for its id and ARN. */
export interface PoolPlace {
  readonly region: string;
  readonly accountId: string;
}

const CLIENT_NAME = 'shopsync-web';

/**
 * Makes the stack's user pool, its app client and its admin group exist, as `infra/stack/auth.ts`
 * deploys them: email as the username, verified by an emailed code; the password policy with the
 * description's minimum length; a public client allowing `USER_PASSWORD_AUTH` and refresh, with 1-hour
 * access and id tokens and 30-day refresh tokens. Pool settings are rewritten from the description on
 * every start; users, groups and the client id are kept.
 */
export async function ensureUserPool(
  { cognito, clock }: Services,
  ctx: Context,
  spec: UserPoolSpec,
  place: PoolPlace,
): Promise<UserPoolIds> {
  const userPoolId = `${place.region}_ShopSync1`;
  const now = clock.get();
  const existing = (await cognito.listUserPools(ctx)).find((pool) => pool.Id === userPoolId);
  const options = userPoolOptions(spec, userPoolId, place, existing?.CreationDate ?? now, now);
  if (existing) await (await cognito.getUserPool(ctx, userPoolId)).updateOptions(ctx, options);
  else await cognito.createUserPool(ctx, options);
  const userPool = await cognito.getUserPool(ctx, userPoolId);

  const clients = await cognito.listAppClients(ctx, userPoolId);
  let client = clients.find((candidate) => candidate.ClientName === CLIENT_NAME);
  if (!client) {
    client = appClient(userPoolId, now);
    await userPool.saveAppClient(ctx, client);
  }

  if (!(await userPool.getGroupByGroupName(ctx, spec.adminGroup))) {
    await userPool.saveGroup(ctx, {
      GroupName: spec.adminGroup,
      Description: 'Shop administrators: catalog, promo codes, orders and reports',
      Precedence: 0,
      CreationDate: now,
      LastModifiedDate: now,
    });
  }
  return { userPoolId, userPoolClientId: client.ClientId };
}

function userPoolOptions(
  spec: UserPoolSpec,
  id: string,
  place: PoolPlace,
  created: Date,
  now: Date,
): UserPool {
  return {
    ...USER_POOL_AWS_DEFAULTS,
    Id: id,
    Name: 'shopsync-users',
    Arn: `arn:aws:cognito-idp:${place.region}:${place.accountId}:userpool/${id}`,
    CreationDate: created,
    LastModifiedDate: now,
    UsernameAttributes: ['email'],
    UsernameConfiguration: { CaseSensitive: false },
    AutoVerifiedAttributes: ['email'],
    Policies: {
      PasswordPolicy: {
        MinimumLength: spec.passwordMinLength,
        RequireLowercase: true,
        RequireUppercase: true,
        RequireNumbers: true,
        RequireSymbols: true,
        TemporaryPasswordValidityDays: 3,
      },
    },
    MfaConfiguration: 'OPTIONAL',
    AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'verified_email', Priority: 1 }] },
    AdminCreateUserConfig: { AllowAdminCreateUserOnly: false },
    SchemaAttributes: (USER_POOL_AWS_DEFAULTS.SchemaAttributes ?? []).map((attribute) =>
      attribute.Name === 'email' ? { ...attribute, Required: true } : attribute,
    ),
  };
}

function appClient(userPoolId: string, now: Date): AppClient {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  return {
    UserPoolId: userPoolId,
    ClientName: CLIENT_NAME,
    ClientId: Array.from({ length: 26 }, () => alphabet[randomInt(alphabet.length)]).join(''),
    CreationDate: now,
    LastModifiedDate: now,
    ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
    PreventUserExistenceErrors: 'ENABLED',
    EnableTokenRevocation: true,
    AccessTokenValidity: 1,
    IdTokenValidity: 1,
    RefreshTokenValidity: 30,
    TokenValidityUnits: { AccessToken: 'hours', IdToken: 'hours', RefreshToken: 'days' },
  };
}
