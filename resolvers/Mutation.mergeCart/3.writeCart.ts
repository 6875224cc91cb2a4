import { conditionFailed } from '../lib/conditionFailed.js';
import { runtime, util } from '@aws-appsync/utils';
import type { Context, DynamoDBPutItemRequest } from '@aws-appsync/utils';
import { MAX_CART_LINES, MAX_LINE_QUANTITY } from '../../domain/cartLimits.js';
import type { CartItemInput, MutationMergeCartArgs } from '../../schema/generated/types.js';
import { cartExpiry, putCart } from '../lib/cart.js';
import type { CartRecord, CartStash } from '../lib/cart.js';
import { invalid } from '../lib/validate.js';

/**
 * Writes the merged cart: quantities of a product already in the cart add up, capped at 99; lines of
 * unknown or archived products are dropped; new lines follow the cart's, in the guest cart's order. A
 * result over 50 lines changes nothing. The write succeeds only over the version read, so a change made
 * meanwhile is never overwritten (the caller is told to merge again).
 */
export function request(ctx: Context<MutationMergeCartArgs>): DynamoDBPutItemRequest {
  const stash = ctx.stash as CartStash;
  const stored = stash.cart ?? null;
  const active: Record<string, boolean> = {};
  for (const product of stash.products ?? []) {
    active[product.id] = true;
  }
  const kept: CartItemInput[] = [];
  for (const item of ctx.args.items) {
    if (active[item.productId]) {
      kept.push(item);
    }
  }
  if (kept.length === 0) {
    runtime.earlyReturn(stored);
  }
  const lines: Record<string, number> = Object.assign({}, stored ? stored.lines : {});
  const addedAt: Record<string, string> = Object.assign({}, stored ? stored.addedAt : {});
  const nowMs = util.time.nowEpochMilliSeconds();
  kept.forEach((item, index) => {
    lines[item.productId] = Math.min(MAX_LINE_QUANTITY, (lines[item.productId] ?? 0) + item.quantity);
    // A millisecond apart, so that the new lines keep the guest cart's order.
    addedAt[item.productId] = addedAt[item.productId] ?? util.time.epochMilliSecondsToISO8601(nowMs + index);
  });
  const count = Object.keys(lines).length;
  if (count > MAX_CART_LINES) {
    invalid('items', `the merged cart would have ${count} lines, more than ${MAX_CART_LINES}`);
  }
  const merged: CartRecord = {
    userId: stash.userId,
    lines,
    addedAt,
    version: (stored ? stored.version : 0) + 1,
    updatedAt: util.time.epochMilliSecondsToISO8601(nowMs),
    expiresAt: cartExpiry(ctx),
  };
  return putCart(merged, stored ? stored.version : null);
}

export function response(ctx: Context<MutationMergeCartArgs>): CartRecord {
  if (conditionFailed(ctx)) {
    util.error('The cart changed while the guest cart was merged into it; merge again', 'Conflict', null, {
      field: 'items',
    });
  }
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  const cart = ctx.result as CartRecord;
  ctx.stash.cart = cart;
  return cart;
}
