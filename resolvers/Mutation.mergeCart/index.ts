import type { Context } from '@aws-appsync/utils';
import { MAX_CART_LINES, MAX_LINE_QUANTITY } from '../../domain/cartLimits.js';
import type { Cart, MutationMergeCartArgs } from '../../schema/generated/types.js';
import { finishCartPipeline, startCartPipeline } from '../lib/cart.js';
import { invalid, productId } from '../lib/validate.js';

/**
 * `mergeCart`: adds a guest cart into the caller's stored cart. Steps: read the cart, look up its
 * products and the guest cart's in one catalog call, write the merged cart over the version read.
 */
export function request(ctx: Context<MutationMergeCartArgs>): Record<string, never> {
  const items = ctx.args.items;
  if (items.length > MAX_CART_LINES) {
    invalid('items', `must be at most ${MAX_CART_LINES} lines`);
  }
  const seen: Record<string, boolean> = {};
  const ids: string[] = [];
  for (const item of items) {
    const at = `items[${ids.length}]`;
    productId(`${at}.productId`, item.productId);
    if (item.quantity < 1 || item.quantity > MAX_LINE_QUANTITY) {
      invalid(`${at}.quantity`, `must be 1 to ${MAX_LINE_QUANTITY}`);
    }
    if (seen[item.productId]) {
      invalid(`${at}.productId`, 'appears twice; give one line per product');
    }
    seen[item.productId] = true;
    ids.push(item.productId);
  }
  ctx.stash.extraIds = ids;
  return startCartPipeline(ctx);
}

export function response(ctx: Context<MutationMergeCartArgs>): Cart {
  return finishCartPipeline(ctx);
}
