import { util } from '@aws-appsync/utils';
import type { Context, DynamoDBGetItemRequest } from '@aws-appsync/utils';
import { get } from '@aws-appsync/utils/dynamodb';
import type { User } from '../schema/generated/types.js';
import { cognitoIdentity } from './lib/identity.js';
import { toUser } from './lib/profile.js';
import type { ProfileItem } from './lib/profile.js';

/** `me`: the caller's profile from the users table, keyed by their `sub`. */
export function request(ctx: Context): DynamoDBGetItemRequest {
  return get({ key: { id: cognitoIdentity(ctx).sub } });
}

export function response(
  ctx: Context<Record<string, never>, object, object, object, ProfileItem | null>,
): User {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  if (!ctx.result) {
    util.error('No profile is stored for this user yet', 'NotFound');
  }
  return toUser(ctx.result, cognitoIdentity(ctx));
}
