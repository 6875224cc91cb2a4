import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback, useState } from 'react';
import type { ApiError } from '../api/ApiError.js';
import { apiErrorOf } from '../api/apiErrorOf.js';
import { graphql } from '../gql/index.js';
import type { ProductCardFieldsFragment, ProductFilter } from '../gql/graphql.js';
import type { CatalogSearch } from './catalogSearchOf.js';

const CatalogProducts = graphql(`
  query CatalogProducts($filter: ProductFilter, $sort: ProductSort, $limit: Int, $nextToken: String) {
    products(filter: $filter, sort: $sort, limit: $limit, nextToken: $nextToken) {
      items {
        ...ProductCardFields
      }
      nextToken
    }
  }
`);

/** Products per page of the catalog (the API allows 1 to 100). */
export const CATALOG_PAGE_SIZE = 24;

/** The catalog's products for a search, page by page. */
export interface CatalogProducts {
  /** The products of every page loaded so far; undefined until the first page arrives. */
  readonly products: readonly ProductCardFieldsFragment[] | undefined;
  /** The first page is on its way (first load, or a new search). */
  readonly loading: boolean;
  /** A further page is on its way. */
  readonly loadingMore: boolean;
  readonly error: ApiError | undefined;
  /** Whether `loadMore` has a page to fetch. */
  readonly hasMore: boolean;
  /** Fetches the next page and appends it. */
  readonly loadMore: () => void;
  /** Fetches the first page again, after an error. */
  readonly retry: () => void;
}

/**
 * The active products matching `search`, `CATALOG_PAGE_SIZE` at a time, read with the API key or the
 * signed-in user's token. Shown from the cache at once and refreshed from the API, so a product an admin
 * just created or restocked appears.
 */
export function useCatalogProducts({ search, category, sort }: CatalogSearch): CatalogProducts {
  const filter: ProductFilter = {
    ...(search ? { search } : {}),
    ...(category ? { category } : {}),
  };
  const query = useQuery(CatalogProducts, {
    variables: { filter, sort, limit: CATALOG_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  const { fetchMore, refetch } = query;
  // A failed further page leaves the pages already shown in place; its error is kept apart.
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
    loading: query.loading && query.networkStatus !== NetworkStatus.fetchMore && !query.data,
    loadingMore: query.networkStatus === NetworkStatus.fetchMore,
    error: query.error ? apiErrorOf(query.error) : moreError,
    hasMore: nextToken !== null,
    loadMore,
    retry,
  };
}
