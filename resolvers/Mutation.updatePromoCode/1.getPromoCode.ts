import { util } from '@aws-appsync/utils';
import type { Context, DynamoDBGetItemRequest } from '@aws-appsync/utils';
import { getPromoCodeRequest } from '../lib/promo.js';
import type { PromoItem } from '../lib/promo.js';

/** Reads the code to change; `NotFound` when there is none. */
export function request(ctx: Context): DynamoDBGetItemRequest {
  return getPromoCodeRequest(ctx);
}

export function response(ctx: Context): PromoItem {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  if (!ctx.result) {
    const code = ctx.stash.code as string;
    util.error(`No promo code ${code} exists`, 'NotFound', null, { code });
  }
  const promo = ctx.result as PromoItem;
  ctx.stash.promo = promo;
  return promo;
}
