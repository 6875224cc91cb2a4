import type { Context, LambdaRequest } from '@aws-appsync/utils';
import type { CartItemInput, MutationPlaceOrderArgs, Order } from '../../schema/generated/types.js';
import { cartProductIds } from '../lib/cart.js';
import type { CartRecord, CartStash } from '../lib/cart.js';
import { invokeOrders, ordersCaller, ordersResult } from '../lib/orders.js';

/**
 * Invokes the orders function's `placeOrder` with the given lines or, when omitted, the stored cart's
 * lines in the order they were added. An empty or absent cart sends no lines, which the function answers
 * with its `ValidationError`; its errors (`OutOfStock`, `PromoCodeInvalid`, ...) end the pipeline.
 */
export function request(ctx: Context<MutationPlaceOrderArgs>): LambdaRequest {
  const input = ctx.args.input;
  const items = input.items ?? cartItems((ctx.stash as CartStash).cart ?? null);
  return invokeOrders('placeOrder', { input: { ...input, items } }, ordersCaller(ctx));
}

export function response(ctx: Context<MutationPlaceOrderArgs>): Order {
  return ordersResult<Order>(ctx);
}

/** A stored cart's lines as `placeOrder` items, in the order they were added; none without a cart. */
function cartItems(cart: CartRecord | null): CartItemInput[] {
  if (!cart) {
    return [];
  }
  return cartProductIds(cart).map((productId) => ({ productId, quantity: cart.lines[productId] ?? 0 }));
}
