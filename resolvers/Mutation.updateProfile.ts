import { util } from '@aws-appsync/utils';
import type { Context, DynamoDBUpdateItemRequest } from '@aws-appsync/utils';
import { operations, update } from '@aws-appsync/utils/dynamodb';
import type { MutationUpdateProfileArgs, User } from '../schema/generated/types.js';
import { cognitoIdentity } from './lib/identity.js';
import { toUser } from './lib/profile.js';
import type { ProfileItem } from './lib/profile.js';
import { address, text } from './lib/validate.js';

/**
 * `updateProfile`: changes the caller's own profile (the key is their `sub`, never an argument). Fields
 * left out stay; an explicit null `shippingAddress` removes it. Only an existing profile is updated.
 */
export function request(ctx: Context<MutationUpdateProfileArgs>): DynamoDBUpdateItemRequest {
  const { sub } = cognitoIdentity(ctx);
  const input = ctx.args.input;
  const changes: Record<string, unknown> = { updatedAt: util.time.nowISO8601() };
  if (input.name !== undefined && input.name !== null) {
    changes.name = text('name', input.name, 1, 100);
  }
  if (input.shippingAddress === null) {
    changes.shippingAddress = operations.remove();
  } else if (input.shippingAddress !== undefined) {
    changes.shippingAddress = address('shippingAddress', input.shippingAddress);
  }
  return update({
    key: { id: sub },
    update: changes,
    condition: { id: { attributeExists: true } },
  });
}

export function response(ctx: Context<MutationUpdateProfileArgs, object, object, object, ProfileItem>): User {
  if (ctx.error) {
    if (ctx.error.type === 'DynamoDB:ConditionalCheckFailedException') {
      util.error('No profile is stored for this user yet', 'NotFound');
    }
    util.error(ctx.error.message, ctx.error.type);
  }
  return toUser(ctx.result, cognitoIdentity(ctx));
}
