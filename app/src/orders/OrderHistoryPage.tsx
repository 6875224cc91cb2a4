import { useQuery } from '@apollo/client/react';
import type { ReactElement } from 'react';
import { Link } from 'react-router';
import { useConnectionPages } from '../api/useConnectionPages.js';
import { shortOrderId } from '../../../domain/shortOrderId.js';
import { formatMoney } from '../money/formatMoney.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { LoadMoreButton } from '../ui/LoadMoreButton.js';
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
  // The cache's `myOrders` field policy appends each further page.
  const orders = useConnectionPages(query, 'myOrders', 'cache');
  return (
    <>
      <h1>Your orders</h1>
      {orders.loading && <StatusMessage>Loading your orders…</StatusMessage>}
      {orders.error && <ErrorAlert error={orders.error} onRetry={orders.retry} />}
      {orders.items?.length === 0 && (
        <StatusMessage>
          You have not ordered anything yet. <Link to="/">Browse the catalog</Link>
        </StatusMessage>
      )}
      {orders.items && orders.items.length > 0 && (
        <>
          <ul className="order-list" aria-label="Orders">
            {orders.items.map((order) => (
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
              {orders.items.length} order{orders.items.length === 1 ? '' : 's'} shown
              {orders.hasMore ? '' : ', all of them'}
            </span>
            {orders.hasMore && (
              <LoadMoreButton loadingMore={orders.loadingMore} onLoadMore={orders.loadMore} />
            )}
          </p>
        </>
      )}
    </>
  );
}
