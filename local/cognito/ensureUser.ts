import {
  AdminAddUserToGroupCommand,
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  UserNotFoundException,
} from '@aws-sdk/client-cognito-identity-provider';
import type { CognitoTwin } from './startCognito.js';
import { LOCAL_CREDENTIALS } from '../localAws.js';

/** An account to make exist, e.g. the demo shopper or admin. */
export interface EnsuredUserSpec {
  readonly email: string;
  /** Must meet the pool's password policy (12 characters, upper and lower case, a digit, a symbol). */
  readonly password: string;
  /** Groups to add the user to (e.g. `admins`); groups it is already in are kept. */
  readonly groups?: readonly string[];
}

export interface EnsuredUser {
  /** The user's `sub`: its id in tokens, and its `Username` in this email-as-username pool. */
  readonly sub: string;
  /** Whether this call created the user (the seed may then create its profile). */
  readonly created: boolean;
}

/**
 * Makes a confirmed user with a verified email and this permanent password exist in the twin's pool,
 * through the AWS API as an admin would (`AdminCreateUser` without a message, `AdminSetUserPassword`,
 * `AdminAddUserToGroup`). Safe to repeat: an existing user gets the password and groups again.
 * Like on AWS, no post-confirmation trigger runs for an admin-created user, so no profile is written.
 */
export async function ensureUser(
  service: Pick<CognitoTwin, 'endpoint' | 'userPoolId'>,
  user: EnsuredUserSpec,
): Promise<EnsuredUser> {
  const client = new CognitoIdentityProviderClient({
    endpoint: service.endpoint,
    // A pool id starts with its region.
    region: service.userPoolId.slice(0, service.userPoolId.indexOf('_')),
    credentials: LOCAL_CREDENTIALS,
  });
  const UserPoolId = service.userPoolId;
  try {
    let created = false;
    let attributes = await client
      .send(new AdminGetUserCommand({ UserPoolId, Username: user.email }))
      .then((found) => found.UserAttributes)
      .catch((error: unknown) => {
        if (error instanceof UserNotFoundException) return undefined;
        throw error;
      });
    if (!attributes) {
      const { User } = await client.send(
        new AdminCreateUserCommand({
          UserPoolId,
          Username: user.email,
          TemporaryPassword: user.password,
          MessageAction: 'SUPPRESS',
          UserAttributes: [
            { Name: 'email', Value: user.email },
            { Name: 'email_verified', Value: 'true' },
          ],
        }),
      );
      attributes = User?.Attributes;
      created = true;
    }
    await client.send(
      new AdminSetUserPasswordCommand({
        UserPoolId,
        Username: user.email,
        Password: user.password,
        Permanent: true,
      }),
    );
    for (const GroupName of user.groups ?? []) {
      await client.send(new AdminAddUserToGroupCommand({ UserPoolId, Username: user.email, GroupName }));
    }
    const sub = attributes?.find((attribute) => attribute.Name === 'sub')?.Value;
    if (!sub) throw new Error(`The Cognito twin returned no sub for ${user.email}`);
    return { sub, created };
  } finally {
    client.destroy();
  }
}
