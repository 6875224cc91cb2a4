import { graphql } from '../gql/index.js';

/** Every field of a product an admin works with, the admin-only ones included. */
export const AdminProductFields = graphql(`
  fragment AdminProductFields on Product {
    id
    sku
    name
    description
    category
    price {
      cents
      currency
    }
    imageUrl
    inStock
    stock
    lowStockThreshold
    active
    version
    updatedAt
  }
`);
