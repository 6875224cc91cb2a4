import type { PromoCodeInvalidReason } from '../gql/graphql.js';

/**
 * Why a promo code cannot be used, as a sentence for the shopper: a quote's `reason` and the
 * `errorInfo.reason` of a `PromoCodeInvalid` error alike. `code` is the code as the shopper typed it.
 *
 * @example
 * promoReasonText('EXPIRED', 'SPRING10') // => 'The promo code SPRING10 has expired.'
 */
export function promoReasonText(reason: PromoCodeInvalidReason, code: string): string {
  switch (reason) {
    case 'UNKNOWN':
      return `There is no promo code ${code}.`;
    case 'INACTIVE':
      return `The promo code ${code} is no longer offered.`;
    case 'NOT_STARTED':
      return `The promo code ${code} cannot be used yet.`;
    case 'EXPIRED':
      return `The promo code ${code} has expired.`;
    case 'BELOW_MINIMUM':
      return `The promo code ${code} needs a larger order.`;
    case 'USED_UP':
      return `The promo code ${code} has been used up.`;
    case 'CUSTOMER_LIMIT_REACHED':
      return `You have already used the promo code ${code} as often as it allows.`;
  }
}
