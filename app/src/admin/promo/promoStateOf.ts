import type { PromoCodeFieldsFragment } from '../../gql/graphql.js';

/** Whether shoppers can use a promo code now, and if not, the first reason why. */
export type PromoState = 'Usable' | 'Deactivated' | 'Not started' | 'Expired' | 'Used up';

/**
 * The state of `promo` at `now` (epoch milliseconds), in the order the shop checks its rules: a
 * deactivated code first, then its dates, then its total uses. A code usable now may still be refused
 * to one order (below its minimum) or one customer (their uses spent).
 *
 * @example
 * promoStateOf({ active: true, startsAt: null, expiresAt: '2020-01-01T00:00:00Z', … }, Date.now()) // => 'Expired'
 */
export function promoStateOf(
  promo: Pick<
    PromoCodeFieldsFragment,
    'active' | 'startsAt' | 'expiresAt' | 'maxRedemptions' | 'redemptions'
  >,
  now: number,
): PromoState {
  if (!promo.active) return 'Deactivated';
  if (promo.startsAt && Date.parse(promo.startsAt) > now) return 'Not started';
  if (promo.expiresAt && Date.parse(promo.expiresAt) <= now) return 'Expired';
  if (promo.maxRedemptions != null && promo.redemptions >= promo.maxRedemptions) return 'Used up';
  return 'Usable';
}
