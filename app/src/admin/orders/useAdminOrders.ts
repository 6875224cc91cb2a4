import { useQuery } from '@apollo/client/react';
import type { ApiError } from '../../api/ApiError.js';
import { useConnectionPages } from '../../api/useConnectionPages.js';
import { graphql } from '../../gql/index.js';
import type { AdminOrderRowFieldsFragment, OrderFilter } from '../../gql/graphql.js';

const AdminOrders = graphql(`
  query AdminOrders($filter: OrderFilter, $limit: Int, $nextToken: String) {
    orders(filter: $filter, limit: $limit, nextToken: $nextToken) {
      items {
        ...AdminOrderRowFields
      }
      nextToken
    }
  }
`);

const PAGE_SIZE = 25;

/** The admin's orders list, page by page. */
export interface AdminOrders {
  /** The orders of every page loaded so far, newest first; undefined until the first page arrives. */
  readonly orders: readonly AdminOrderRowFieldsFragment[] | undefined;
  readonly error: ApiError | undefined;
  /** A further page is on its way. */
  readonly loadingMore: boolean;
  readonly hasMore: boolean;
  readonly loadMore: () => void;
  /** Reads the first page again (after an error, or when an order the list does not hold changed). */
  readonly refresh: () => void;
}

/**
 * All shoppers' orders matching `filter` (`orders`, admins only), newest first, 25 at a time. A further
 * page is appended to the ones shown (`useConnectionPages`); a failed one leaves them in place.
 */
export function useAdminOrders(filter: OrderFilter): AdminOrders {
  const query = useQuery(AdminOrders, {
    variables: { filter, limit: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const { items, error, loadingMore, hasMore, loadMore, retry } = useConnectionPages(
    query,
    'orders',
    'query',
  );
  return { orders: items, error, loadingMore, hasMore, loadMore, refresh: retry };
}
