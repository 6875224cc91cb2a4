import { graphql } from '../gql/index.js';

/**
 * What an order holds, as the shopper's and the admin's order pages both show it: the lines and the
 * amounts as charged, the promo code and the full shipping address. Each page adds its own status fields
 * and history; this module is the shop's, so the admin chunk uses it and never the other way round.
 */
export const OrderContentFields = graphql(`
  fragment OrderContentFields on Order {
    items {
      productId
      sku
      name
      quantity
      unitPrice {
        cents
        currency
      }
      lineTotal {
        cents
        currency
      }
    }
    subtotal {
      cents
      currency
    }
    discount {
      cents
      currency
    }
    promoCode
    shippingAddress {
      name
      line1
      line2
      city
      postalCode
      country
    }
  }
`);
