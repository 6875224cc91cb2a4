import { util } from '@aws-appsync/utils';
import type { Context, DynamoDBGetItemRequest } from '@aws-appsync/utils';
import { getPromoCodeRequest } from '../lib/promo.js';
import type { PromoItem } from '../lib/promo.js';

/** Reads the code into the stash; an unknown code is no error here (the quote says `UNKNOWN`). */
export function request(ctx: Context): DynamoDBGetItemRequest {
  return getPromoCodeRequest(ctx);
}

export function response(ctx: Context): PromoItem | null {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  const promo = (ctx.result as PromoItem | null) ?? null;
  ctx.stash.promo = promo;
  return promo;
}
