import { graphql } from '../gql/index.js';

/** The public fields a catalog card shows. */
export const ProductCardFields = graphql(`
  fragment ProductCardFields on Product {
    id
    sku
    name
    category
    price {
      cents
      currency
    }
    imageUrl
    inStock
  }
`);
