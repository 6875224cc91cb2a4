import type { Services } from 'cognito-local/lib/services/index.js';
import type { Context } from 'cognito-local/lib/services/context.js';
import { decodeJwt } from 'jose';
import { AwsError } from '../AwsError.js';
import type { Operation } from './Operation.js';
import { passwordPolicyViolation } from './passwordPolicyViolation.js';

/** Where an operation's new password is, and how to find its user pool. */
export interface PasswordLocation {
  /** The password being set; `undefined` when the call sets none. */
  readonly password: string | undefined;
  readonly userPoolId?: string | undefined;
  readonly clientId?: string | undefined;
  /** For calls made with the user's access token (`ChangePassword`): the pool is the last part of `iss`. */
  readonly accessToken?: string | undefined;
}

/**
 * `base`, answering `InvalidPasswordException` first when the password it sets breaks the pool's
 * password policy, which cognito-local stores but never checks. A pool it cannot find is left for
 * `base` to report.
 */
export function enforcePasswordPolicy<Input, Output extends object>(
  { cognito }: Services,
  base: Operation<Input, Output>,
  locate: (input: Input) => PasswordLocation,
): Operation<Input, Output> {
  const poolOf = async (ctx: Context, where: PasswordLocation) => {
    if (where.userPoolId) return cognito.getUserPool(ctx, where.userPoolId);
    if (where.clientId) return cognito.getUserPoolForClientId(ctx, where.clientId);
    const issuer = where.accessToken ? decodeJwt(where.accessToken).iss : undefined;
    return issuer ? cognito.getUserPool(ctx, issuer.slice(issuer.lastIndexOf('/') + 1)) : undefined;
  };
  return async (ctx, input) => {
    const where = locate(input);
    if (where.password !== undefined) {
      const userPool = await poolOf(ctx, where).catch(() => undefined);
      const violation = passwordPolicyViolation(where.password, userPool?.options.Policies?.PasswordPolicy);
      if (userPool && violation) throw new AwsError('InvalidPasswordException', violation);
    }
    return base(ctx, input);
  };
}
