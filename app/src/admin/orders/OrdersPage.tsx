import { useApolloClient } from '@apollo/client/react';
import { useState } from 'react';
import type { ReactElement } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { LoadMoreButton } from '../../ui/LoadMoreButton.js';
import { StatusMessage } from '../../ui/StatusMessage.js';
import { useDocumentTitle } from '../../ui/useDocumentTitle.js';
import { useShopSettings } from '../useShopSettings.js';
import { OrderFilters } from './OrderFilters.js';
import { orderFilterOf } from './orderFilterOf.js';
import { OrderList } from './OrderList.js';
import { ORDER_STATUS_TEXT } from './orderStatusText.js';
import { shortOrderId } from '../../../../domain/shortOrderId.js';
import { useAdminOrders } from './useAdminOrders.js';
import { useOrderStatusEvents } from './useOrderStatusEvents.js';
import type { OrderStatusEvent } from './useOrderStatusEvents.js';

/**
 * Every shopper's orders, newest first, filtered by status, days and customer, kept current while the
 * page is open: each `onOrderStatusChanged` event updates the order's row in place, or, for an order the
 * list does not show yet (a new one) or when the list is filtered by status, reads the first page again.
 */
export function OrdersPage(): ReactElement {
  const { timeZone } = useShopSettings();
  const [params, setParams] = useSearchParams();
  const parsed = orderFilterOf(params, timeZone);
  // A filter that cannot be read is shown with its error, and no list.
  const valid = 'input' in parsed;
  const filter = 'input' in parsed ? parsed.input : {};
  const list = useAdminOrders(filter);
  const client = useApolloClient();
  const [fresh, setFresh] = useState<ReadonlySet<string>>(new Set());
  const [announcement, setAnnouncement] = useState<string>();
  useDocumentTitle('Orders');

  const onEvent = (event: OrderStatusEvent): void => {
    const shown = list.orders?.some((order) => order.id === event.orderId) ?? false;
    if (shown && !filter.status) {
      client.cache.modify({
        id: client.cache.identify({ __typename: 'Order', id: event.orderId }),
        fields: {
          status: () => event.status,
          statusReason: () => event.reason ?? null,
          updatedAt: () => event.at,
        },
      });
    } else {
      if (!shown) setFresh((ids) => new Set(ids).add(event.orderId));
      list.refresh();
    }
    setAnnouncement(
      `Order ${shortOrderId(event.orderId)} is now ${ORDER_STATUS_TEXT[event.status].toLowerCase()}.`,
    );
  };
  const live = useOrderStatusEvents(onEvent);

  return (
    <>
      <h1>Orders</h1>
      <OrderFilters
        params={params}
        error={'error' in parsed ? parsed.error : undefined}
        onApply={(next) => setParams(next)}
      />
      {live.error ? (
        <p className="live-status" role="status">
          The live connection failed: this list no longer updates by itself.{' '}
          <button type="button" className="secondary" onClick={list.refresh}>
            Refresh
          </button>
        </p>
      ) : (
        <p className="live-status" role="status">
          {announcement ?? 'New orders and status changes appear here as they happen.'}
        </p>
      )}
      {valid && !list.orders && !list.error && <StatusMessage>Loading orders…</StatusMessage>}
      {valid && list.error && !list.loadingMore && <ErrorAlert error={list.error} onRetry={list.refresh} />}
      {valid && list.orders?.length === 0 && (
        <StatusMessage>
          {params.size > 0 ? 'No order matches these filters.' : 'No orders yet.'}
        </StatusMessage>
      )}
      {valid && list.orders && list.orders.length > 0 && (
        <>
          <OrderList orders={list.orders} timeZone={timeZone} fresh={fresh} />
          <p className="list-footer">
            <span>
              {list.orders.length} order{list.orders.length === 1 ? '' : 's'} shown
            </span>
            {list.hasMore && <LoadMoreButton loadingMore={list.loadingMore} onLoadMore={list.loadMore} />}
          </p>
        </>
      )}
    </>
  );
}
