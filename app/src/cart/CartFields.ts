import { graphql } from '../gql/index.js';

/** A stored cart as the app shows it: its lines with each product as it is now, and the subtotal. */
export const CartFields = graphql(`
  fragment CartFields on Cart {
    items {
      productId
      quantity
      product {
        ...ProductCardFields
      }
    }
    subtotal {
      cents
      currency
    }
    updatedAt
  }
`);
