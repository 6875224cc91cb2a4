import { graphql } from '../../gql/index.js';

/** What a row of the admin's orders list shows of an order. */
export const AdminOrderRowFields = graphql(`
  fragment AdminOrderRowFields on Order {
    id
    userId
    status
    statusReason
    total {
      cents
      currency
    }
    items {
      productId
      quantity
    }
    shippingAddress {
      name
      city
      country
    }
    createdAt
    updatedAt
  }
`);
