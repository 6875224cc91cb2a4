import { NetworkStatus } from '@apollo/client';
import { useCallback, useState } from 'react';
import type { ApiError } from './ApiError.js';
import { apiErrorOf } from './apiErrorOf.js';

/** One page of a connection field (`products`, `orders`, `promoCodes`, …) as the API answers it. */
export interface Connection<T> {
  readonly items: readonly T[];
  readonly nextToken?: string | null;
}

/** A query's data holding a connection under the field name `K`. */
export type ConnectionData<K extends string> = { readonly [field in K]: Connection<unknown> };

/** The type of the items in the connection `K` of `TData`. */
export type ConnectionItem<TData extends ConnectionData<K>, K extends string> = TData[K]['items'][number];

/** A connection loaded page by page. */
export interface ConnectionPages<T> {
  /** The items of every page loaded so far; undefined until the first page arrives. */
  readonly items: readonly T[] | undefined;
  /** The first page is on its way (first load, or new variables). */
  readonly loading: boolean;
  /** A further page is on its way. */
  readonly loadingMore: boolean;
  readonly error: ApiError | undefined;
  /** Whether `loadMore` has a page to fetch. */
  readonly hasMore: boolean;
  /** Fetches the next page and appends it. */
  readonly loadMore: () => void;
  /** Fetches the first page again (after an error, or when the list may have changed). */
  readonly retry: () => void;
}

/** The part of Apollo's `useQuery` result over a connection query (`field(…, nextToken)`) that paging needs. */
export interface ConnectionQueryResult<TData> {
  readonly data?: TData;
  readonly loading: boolean;
  readonly networkStatus: NetworkStatus;
  readonly error?: unknown;
  readonly fetchMore: (options: {
    variables: { nextToken: string };
    updateQuery?: (previous: TData, options: { fetchMoreResult: TData }) => TData;
  }) => Promise<unknown>;
  readonly refetch: () => Promise<unknown>;
}

/**
 * Where a further page is appended to the ones loaded: by the cache's field policy (`'cache'`, the fields
 * `createApolloClient` merges, such as `products`), or by this hook, in the query's result (`'query'`).
 */
export type AppendPagesIn = 'cache' | 'query';

/**
 * Paging over the connection `field` of `query`: `loadMore` fetches the page after the last `nextToken`,
 * and a failed further page leaves the pages already shown in place, its error kept apart from the first
 * page's.
 */
export function useConnectionPages<K extends string, TData extends ConnectionData<K>>(
  query: ConnectionQueryResult<TData>,
  field: K,
  appendIn: AppendPagesIn,
): ConnectionPages<ConnectionItem<TData, K>> {
  const { fetchMore, refetch } = query;
  const [moreError, setMoreError] = useState<ApiError>();
  const nextToken = query.data?.[field].nextToken ?? null;
  const loadMore = useCallback(() => {
    if (!nextToken) return;
    setMoreError(undefined);
    fetchMore({
      variables: { nextToken },
      ...(appendIn === 'query'
        ? {
            updateQuery: (previous: TData, { fetchMoreResult }: { fetchMoreResult: TData }) => ({
              ...previous,
              [field]: {
                ...fetchMoreResult[field],
                items: [...previous[field].items, ...fetchMoreResult[field].items],
              },
            }),
          }
        : {}),
    }).catch((error: unknown) => setMoreError(apiErrorOf(error)));
  }, [fetchMore, nextToken, field, appendIn]);
  const retry = useCallback(() => {
    setMoreError(undefined);
    refetch().catch(() => undefined);
  }, [refetch]);
  return {
    items: query.data?.[field].items,
    loading: query.loading && !query.data,
    loadingMore: query.networkStatus === NetworkStatus.fetchMore,
    error: query.error ? apiErrorOf(query.error) : moreError,
    hasMore: nextToken !== null,
    loadMore,
    retry,
  };
}
