import { util } from '@aws-appsync/utils';
import type { AppSyncIdentityCognito, Context } from '@aws-appsync/utils';

/** The Cognito group whose members get the admin operations (`infra/shop.ts`, `userPool.adminGroup`). */
export const ADMIN_GROUP = 'admins';

/**
 * The caller's Cognito identity. Answers `Unauthorized` for any other auth mode, so a resolver that
 * acts on "the signed-in user" can never run for an API key or IAM caller.
 */
export function cognitoIdentity(ctx: Context): AppSyncIdentityCognito {
  const identity = ctx.identity as AppSyncIdentityCognito | null | undefined;
  if (!identity || !identity.sub) {
    util.unauthorized();
  }
  return identity;
}

/** Whether the Cognito caller is in the admins group. */
export function isAdmin(identity: AppSyncIdentityCognito): boolean {
  return (identity.groups ?? []).includes(ADMIN_GROUP);
}
