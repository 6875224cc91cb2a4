import { NetworkStatus } from '@apollo/client';
import { useCallback, useState } from 'react';
import type { ApiError } from './ApiError.js';
import { apiErrorOf } from './apiErrorOf.js';

/** A `products` connection loaded page by page. */
export interface ProductPages<T> {
  /** The products of every page loaded so far; undefined until the first page arrives. */
  readonly products: readonly T[] | undefined;
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

/** The part of Apollo's `useQuery` result over a `products(…, nextToken)` query that paging needs. */
export interface ProductsQueryResult<T> {
  readonly data?: { readonly products: { readonly items: readonly T[]; readonly nextToken?: string | null } };
  readonly loading: boolean;
  readonly networkStatus: NetworkStatus;
  readonly error?: unknown;
  readonly fetchMore: (options: { variables: { nextToken: string } }) => Promise<unknown>;
  readonly refetch: () => Promise<unknown>;
}

/**
 * Paging over a `products` query: `loadMore` fetches the page after the last `nextToken`, and a failed
 * further page leaves the pages already shown in place, its error kept apart from the first page's.
 */
export function useProductPages<T>(query: ProductsQueryResult<T>): ProductPages<T> {
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
