import { useQuery } from '@apollo/client/react';
import type { ApiError } from '../api/ApiError.js';
import { apiErrorOf } from '../api/apiErrorOf.js';
import { graphql } from '../gql/index.js';
import type { ProductDetailsQuery } from '../gql/graphql.js';

const ProductDetails = graphql(`
  query ProductDetails($id: ID!) {
    product(id: $id) {
      ...ProductCardFields
      description
    }
  }
`);

/** One product of the catalog, as its page shows it: its card's fields and its description. */
export type ProductDetails = NonNullable<ProductDetailsQuery['product']>;

/**
 * The product with this id: `undefined` while loading, `null` when there is none (unknown or archived),
 * and always refreshed from the API so stock and price are current.
 */
export function useProduct(id: string): {
  readonly product: ProductDetails | null | undefined;
  readonly error: ApiError | undefined;
  readonly retry: () => void;
} {
  const query = useQuery(ProductDetails, { variables: { id }, fetchPolicy: 'cache-and-network' });
  return {
    product: query.data ? query.data.product : undefined,
    error: query.error ? apiErrorOf(query.error) : undefined,
    retry: () => void query.refetch().catch(() => undefined),
  };
}
