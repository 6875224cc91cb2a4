import type { PromoCodeFieldsFragment } from '../../gql/graphql.js';

/**
 * How often a promo code has been redeemed, against its limits: `3 of 100`, `3 (no limit)`, with
 * `, 1 per customer` when it has that limit.
 *
 * @example
 * promoUsesText({ redemptions: 3, maxRedemptions: 100, perCustomerLimit: 1 }) // => '3 of 100, 1 per customer'
 */
export function promoUsesText(
  promo: Pick<PromoCodeFieldsFragment, 'redemptions' | 'maxRedemptions' | 'perCustomerLimit'>,
): string {
  const total =
    promo.maxRedemptions != null
      ? `${promo.redemptions} of ${promo.maxRedemptions}`
      : `${promo.redemptions} (no limit)`;
  return promo.perCustomerLimit != null ? `${total}, ${promo.perCustomerLimit} per customer` : total;
}
