import type { Context } from '@aws-appsync/utils';
import type { MutationPlaceOrderArgs, Order } from '../../schema/generated/types.js';
import { cognitoIdentity } from '../lib/identity.js';

/**
 * `placeOrder`: places an order from the given lines or, when `input.items` is omitted, from the
 * caller's stored cart, which is then deleted. Steps: read the cart (only without items), invoke the
 * orders function, delete the cart over the version read (only when it was used). The caller's `sub`
 * keys the cart and places the order; no argument names a user.
 */
export function request(ctx: Context<MutationPlaceOrderArgs>): Record<string, never> {
  ctx.stash.userId = cognitoIdentity(ctx).sub;
  return {};
}

/** The order the orders function placed, passed on by the last step. */
export function response(ctx: Context<MutationPlaceOrderArgs>): Order {
  return (ctx.prev as { result: Order }).result;
}
