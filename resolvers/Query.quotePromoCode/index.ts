import type { Context } from '@aws-appsync/utils';
import { util } from '@aws-appsync/utils';
import { quotePromo } from '../../domain/quotePromo.js';
import type { PromoQuote, QueryQuotePromoCodeArgs } from '../../schema/generated/types.js';
import { cognitoIdentity } from '../lib/identity.js';
import { lookupCode, toRules } from '../lib/promo.js';
import type { PromoItem } from '../lib/promo.js';
import { shopCurrency } from '../lib/settings.js';
import { invalid } from '../lib/validate.js';

/**
 * `quotePromoCode`: what a code would give the caller for a subtotal now, without redeeming it. Steps:
 * read the code, count the caller's redemptions of it (only when it has a per-customer limit); the
 * shared `quotePromo` decides, as the orders function does when the order is placed.
 */
export function request(ctx: Context<QueryQuotePromoCodeArgs>): Record<string, never> {
  ctx.stash.userId = cognitoIdentity(ctx).sub;
  ctx.stash.code = lookupCode('code', ctx.args.code);
  if (ctx.args.subtotalCents < 0) {
    invalid('subtotalCents', 'must be 0 or more');
  }
  return {};
}

export function response(ctx: Context<QueryQuotePromoCodeArgs>): PromoQuote {
  const promo = (ctx.stash.promo as PromoItem | null | undefined) ?? null;
  const quote = quotePromo(promo ? toRules(promo) : null, {
    subtotalCents: ctx.args.subtotalCents,
    customerRedemptions: (ctx.stash.customerRedemptions as number | undefined) ?? 0,
    nowMs: util.time.nowEpochMilliSeconds(),
  });
  return {
    code: ctx.stash.code as string,
    valid: quote.valid,
    reason: quote.reason,
    discount: { cents: quote.discountCents, currency: shopCurrency(ctx) },
  };
}
