import { conditionFailed } from '../lib/conditionFailed.js';
import { util } from '@aws-appsync/utils';
import type { Context, DynamoDBPutItemRequest } from '@aws-appsync/utils';
import { cartExpiry, putCart } from '../lib/cart.js';
import type { CartStash } from '../lib/cart.js';

/**
 * Creates the caller's cart, empty, when none is stored, so that the next step can set a line inside
 * its `lines` map (DynamoDB cannot set a path below a map that does not exist). A stored cart is left
 * as it is: the failed condition is the expected outcome then.
 */
export function request(ctx: Context): DynamoDBPutItemRequest {
  const now = util.time.nowISO8601();
  const userId = (ctx.stash as CartStash).userId;
  return putCart(
    { userId, lines: {}, addedAt: {}, version: 0, updatedAt: now, expiresAt: cartExpiry(ctx) },
    null,
  );
}

export function response(ctx: Context): null {
  if (ctx.error && !conditionFailed(ctx)) {
    util.error(ctx.error.message, ctx.error.type);
  }
  return null;
}
