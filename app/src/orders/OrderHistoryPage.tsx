import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import type { ReactElement } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../api/ApiError.js';
import { apiErrorOf } from '../api/apiErrorOf.js';
import { shortOrderId } from '../../../domain/shortOrderId.js';
import { formatMoney } from '../money/formatMoney.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { RequireSignIn } from '../ui/RequireSignIn.js';
import { StatusMessage } from '../ui/StatusMessage.js';
import { useDocumentTitle } from '../ui/useDocumentTitle.js';
import { formatDateTime } from './formatDateTime.js';
import { ShopperOrders } from './orderOperations.js';
import { OrderStatusBadge } from './OrderStatusBadge.js';

/** Orders per page of the history (the API allows 1 to 100). */
const PAGE_SIZE = 10;

/** The signed-in shopper's orders. */
export function OrderHistoryPage(): ReactElement {
  useDocumentTitle('Your orders');
  return (
    <RequireSignIn what="see your orders">
      <OrderHistory />
    </RequireSignIn>
  );
}

/** The orders, newest first, each with its date, status, what it holds and its total; "Load more" pages on. */
function OrderHistory(): ReactElement {
  const query = useQuery(ShopperOrders, {
    variables: { limit: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
    notifyOnNetworkStatusChange: true,
  });
  const [moreError, setMoreError] = useState<ApiError>();
  const page = query.data?.myOrders;
  const loadMore = (): void => {
    if (!page?.nextToken) return;
    setMoreError(undefined);
    query
      .fetchMore({ variables: { nextToken: page.nextToken } })
      .catch((failure: unknown) => setMoreError(apiErrorOf(failure)));
  };
  const error = query.error ? apiErrorOf(query.error) : moreError;
  return (
    <>
      <h1>Your orders</h1>
      {!page && query.loading && <StatusMessage>Loading your orders…</StatusMessage>}
      {error && <ErrorAlert error={error} onRetry={() => void query.refetch().catch(() => undefined)} />}
      {page?.items.length === 0 && (
        <StatusMessage>
          You have not ordered anything yet. <Link to="/">Browse the catalog</Link>
        </StatusMessage>
      )}
      {page && page.items.length > 0 && (
        <>
          <ul className="order-list" aria-label="Orders">
            {page.items.map((order) => (
              <li key={order.id} className="panel order-row">
                <p className="order-row-head">
                  <Link to={`/orders/${encodeURIComponent(order.id)}`}>Order {shortOrderId(order.id)}</Link>
                  <OrderStatusBadge status={order.status} />
                </p>
                <p className="muted">Placed {formatDateTime(order.createdAt)}</p>
                <p className="muted">
                  {order.items.map((item) => `${item.quantity} × ${item.name}`).join(', ')}
                </p>
                <p className="price">{formatMoney(order.total)}</p>
              </li>
            ))}
          </ul>
          <p className="list-footer">
            <span role="status">
              {page.items.length} order{page.items.length === 1 ? '' : 's'} shown
              {page.nextToken ? '' : ', all of them'}
            </span>
            {page.nextToken && (
              <button
                type="button"
                onClick={loadMore}
                disabled={query.networkStatus === NetworkStatus.fetchMore}
              >
                {query.networkStatus === NetworkStatus.fetchMore ? 'Loading more…' : 'Load more'}
              </button>
            )}
          </p>
        </>
      )}
    </>
  );
}
