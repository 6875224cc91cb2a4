import { useQuery } from '@apollo/client/react';
import type { ApiError } from '../../api/ApiError.js';
import { useConnectionPages } from '../../api/useConnectionPages.js';
import { graphql } from '../../gql/index.js';
import type { PromoCodeFieldsFragment } from '../../gql/graphql.js';

const AdminPromoCodes = graphql(`
  query AdminPromoCodes($limit: Int, $nextToken: String) {
    promoCodes(limit: $limit, nextToken: $nextToken) {
      items {
        ...PromoCodeFields
      }
      nextToken
    }
  }
`);

const PAGE_SIZE = 100;

/** Every promo code loaded so far, page by page. */
export interface PromoCodes {
  /** The codes of every page loaded so far, by code; undefined until the first page arrives. */
  readonly promoCodes: readonly PromoCodeFieldsFragment[] | undefined;
  readonly error: ApiError | undefined;
  readonly loadingMore: boolean;
  readonly hasMore: boolean;
  readonly loadMore: () => void;
  readonly retry: () => void;
}

/** The promo codes (`promoCodes`, admins only), sorted by code, 100 at a time; read fresh when shown. */
export function usePromoCodes(): PromoCodes {
  const query = useQuery(AdminPromoCodes, {
    variables: { limit: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const { items, error, loadingMore, hasMore, loadMore, retry } = useConnectionPages(
    query,
    'promoCodes',
    'query',
  );
  return { promoCodes: items, error, loadingMore, hasMore, loadMore, retry };
}
