import type { Context } from '@aws-appsync/utils';
import type { MutationUpdatePromoCodeArgs, PromoCode } from '../../schema/generated/types.js';
import { adminCaller } from '../lib/catalog.js';
import { checkAtLeast, lookupCode } from '../lib/promo.js';
import { invalid } from '../lib/validate.js';

/**
 * `updatePromoCode` (admins): changes a code's rules, dates or activity. Steps: read the code (NotFound),
 * then write the changes checked against the stored values (the value against the kind, the dates'
 * order, no `maxRedemptions` below the redemptions made).
 */
export function request(ctx: Context<MutationUpdatePromoCodeArgs>): Record<string, never> {
  adminCaller(ctx);
  const input = ctx.args.input;
  ['kind', 'value', 'active'].forEach((name) => {
    if ((input as Record<string, unknown>)[name] === null) {
      invalid(`input.${name}`, 'cannot be null; leave it out to keep it');
    }
  });
  checkAtLeast('input.minSubtotalCents', input.minSubtotalCents, 0);
  checkAtLeast('input.maxRedemptions', input.maxRedemptions, 1);
  checkAtLeast('input.perCustomerLimit', input.perCustomerLimit, 1);
  ctx.stash.code = lookupCode('code', ctx.args.code);
  return {};
}

export function response(ctx: Context<MutationUpdatePromoCodeArgs>): PromoCode {
  return (ctx.prev as { result: PromoCode }).result;
}
