import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import type { ApiError } from '../api/ApiError.js';
import { apiErrorOf } from '../api/apiErrorOf.js';
import { graphql } from '../gql/index.js';
import type { AdminProductFieldsFragment } from '../gql/graphql.js';

const AdminProducts = graphql(`
  query AdminProducts($filter: ProductFilter, $limit: Int, $nextToken: String) {
    products(filter: $filter, sort: NEWEST, limit: $limit, nextToken: $nextToken) {
      items {
        ...AdminProductFields
      }
      nextToken
    }
  }
`);

const PAGE_SIZE = 50;

/**
 * The catalog's active products with their stock, newest first, 50 at a time, optionally only those
 * whose name or SKU contains `search`. Always read again from the API when shown.
 */
export function useAdminProducts(search: string): {
  readonly products: readonly AdminProductFieldsFragment[] | undefined;
  readonly loading: boolean;
  readonly loadingMore: boolean;
  readonly error: ApiError | undefined;
  readonly hasMore: boolean;
  readonly loadMore: () => void;
  readonly retry: () => void;
} {
  const query = useQuery(AdminProducts, {
    variables: { filter: search ? { search } : {}, limit: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const { fetchMore, refetch } = query;
  const [moreError, setMoreError] = useState<ApiError>();
  const nextToken = query.data?.products.nextToken ?? null;
  const loadMore = useCallback(() => {
    if (!nextToken) return;
    setMoreError(undefined);
    fetchMore({ variables: { nextToken } }).catch((error: unknown) => setMoreError(apiErrorOf(error)));
  }, [fetchMore, nextToken]);
  const retry = useCallback(() => {
    setMoreError(undefined);
    refetch().catch(() => undefined);
  }, [refetch]);
  return {
    products: query.data?.products.items,
    loading: query.loading && !query.data,
    loadingMore: query.networkStatus === NetworkStatus.fetchMore,
    error: query.error ? apiErrorOf(query.error) : moreError,
    hasMore: nextToken !== null,
    loadMore,
    retry,
  };
}
