import { graphql } from '../../gql/index.js';

/** Everything the admin's order page shows: the row's fields, the lines, the totals and the history. */
export const AdminOrderFields = graphql(`
  fragment AdminOrderFields on Order {
    ...AdminOrderRowFields
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
    history {
      status
      reason
      at
      by
    }
  }
`);
