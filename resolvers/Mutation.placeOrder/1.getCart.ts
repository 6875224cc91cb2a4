import { runtime } from '@aws-appsync/utils';
import type { Context, DynamoDBGetItemRequest } from '@aws-appsync/utils';
import type { MutationPlaceOrderArgs } from '../../schema/generated/types.js';
import { getCartRequest, getCartResponse } from '../lib/cart.js';
import type { CartRecord } from '../lib/cart.js';

/**
 * Reads the caller's stored cart into the stash (consistent read), only when `input.items` is omitted.
 * With items given, the read is skipped and `stash.cart` stays unset, so the cart is neither used nor
 * deleted.
 */
export function request(ctx: Context<MutationPlaceOrderArgs>): DynamoDBGetItemRequest {
  if (ctx.args.input.items) {
    runtime.earlyReturn(null, { skipTo: 'NEXT' });
  }
  return getCartRequest(ctx);
}

export function response(ctx: Context<MutationPlaceOrderArgs>): CartRecord | null {
  return getCartResponse(ctx);
}
