import { useQuery } from '@apollo/client/react';
import type { ApiError } from '../api/ApiError.js';
import { apiErrorOf } from '../api/apiErrorOf.js';
import { graphql } from '../gql/index.js';
import type { AdminProductFieldsFragment } from '../gql/graphql.js';

const LowStockProducts = graphql(`
  query LowStockProducts {
    lowStockProducts {
      ...AdminProductFields
    }
  }
`);

/** The active products at or below their low-stock threshold, lowest stock first; read fresh when shown. */
export function useLowStockProducts(): {
  readonly products: readonly AdminProductFieldsFragment[] | undefined;
  readonly error: ApiError | undefined;
  readonly retry: () => void;
} {
  const query = useQuery(LowStockProducts, {
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  return {
    products: query.data?.lowStockProducts,
    error: query.error ? apiErrorOf(query.error) : undefined,
    retry: () => void query.refetch().catch(() => undefined),
  };
}
