import type { Context } from '@aws-appsync/utils';
import { MAX_LINE_QUANTITY } from '../../domain/cartLimits.js';
import type { Cart, MutationSetCartItemArgs } from '../../schema/generated/types.js';
import { finishCartPipeline, startCartPipeline } from '../lib/cart.js';
import { invalid, productId } from '../lib/validate.js';

/**
 * `setCartItem`: sets one line of the caller's cart (0 removes it). Steps: the product must be active
 * (not looked up for a removal), the cart item is created when missing, the line is set atomically (no
 * lost update when lines change concurrently; at most 50 lines), and the cart is priced.
 */
export function request(ctx: Context<MutationSetCartItemArgs>): Record<string, never> {
  productId('productId', ctx.args.productId);
  if (ctx.args.quantity < 0 || ctx.args.quantity > MAX_LINE_QUANTITY) {
    invalid('quantity', `must be 0 to ${MAX_LINE_QUANTITY} (0 removes the line)`);
  }
  return startCartPipeline(ctx);
}

export function response(ctx: Context<MutationSetCartItemArgs>): Cart {
  return finishCartPipeline(ctx);
}
