import type { AttributeType } from '@aws-sdk/client-cognito-identity-provider';
import type { Context } from 'cognito-local/lib/services/context.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import { decodeJwt } from 'jose';
import { AwsError } from '../AwsError.js';
import type { Operation } from './Operation.js';

/** Whose attributes an operation changes, and to what. */
export interface AttributeChange {
  readonly attributes: readonly AttributeType[] | undefined;
  /** `AdminUpdateUserAttributes`: the pool and the user's name (or email, or sub). */
  readonly userPoolId?: string | undefined;
  readonly username?: string | undefined;
  /** `UpdateUserAttributes`: the user's access token (its `iss` ends with the pool id, its `sub` is the user). */
  readonly accessToken?: string | undefined;
}

/**
 * `base`, answering `AliasExistsException` ("An account with the given email already exists.", HTTP 400)
 * first when the call gives its user an email that another user of the pool has, as Cognito does in a
 * pool where users sign in with their email (`UsernameAttributes` or `AliasAttributes` naming `email`):
 * cognito-local saves the duplicate, after which one email names two accounts. Emails compare without
 * case when the pool's usernames do. A pool or user it cannot find is left for `base` to report.
 */
export function enforceUniqueEmail<Input, Output extends object>(
  { cognito }: Services,
  base: Operation<Input, Output>,
  locate: (input: Input) => AttributeChange,
): Operation<Input, Output> {
  const targetOf = async (ctx: Context, change: AttributeChange) => {
    const claims = change.accessToken ? decodeJwt(change.accessToken) : undefined;
    const userPoolId = change.userPoolId ?? claims?.iss?.slice(claims.iss.lastIndexOf('/') + 1);
    const username = change.username ?? claims?.sub;
    if (!userPoolId || !username) return undefined;
    const userPool = await cognito.getUserPool(ctx, userPoolId);
    const user = await userPool.getUserByUsername(ctx, username);
    return user ? { userPool, user } : undefined;
  };
  return async (ctx, input) => {
    const change = locate(input);
    const email = change.attributes?.find((attribute) => attribute.Name === 'email')?.Value;
    if (email !== undefined) {
      const target = await targetOf(ctx, change).catch(() => undefined);
      const options = target?.userPool.options;
      const signsInWithEmail =
        options?.UsernameAttributes?.includes('email') || options?.AliasAttributes?.includes('email');
      if (target && signsInWithEmail) {
        const caseless = options?.UsernameConfiguration?.CaseSensitive === false;
        const same = (other: string | undefined): boolean =>
          other !== undefined && (caseless ? other.toLowerCase() === email.toLowerCase() : other === email);
        const owners = (await target.userPool.listUsers(ctx)).filter(
          (user) =>
            user.Username !== target.user.Username &&
            same(user.Attributes.find((attribute) => attribute.Name === 'email')?.Value),
        );
        if (owners.length > 0) {
          throw new AwsError('AliasExistsException', 'An account with the given email already exists.');
        }
      }
    }
    return base(ctx, input);
  };
}
