import { graphql } from '../../gql/index.js';

/** Every field of a promo code, its redemption count included. */
export const PromoCodeFields = graphql(`
  fragment PromoCodeFields on PromoCode {
    code
    kind
    value
    minSubtotal {
      cents
      currency
    }
    maxRedemptions
    perCustomerLimit
    redemptions
    startsAt
    expiresAt
    active
  }
`);
