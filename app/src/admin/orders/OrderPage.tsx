import type { ReactElement } from 'react';
import { Link, useParams } from 'react-router';
import { formatMoney } from '../../money/formatMoney.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { StatusMessage } from '../../ui/StatusMessage.js';
import { useDocumentTitle } from '../../ui/useDocumentTitle.js';
import { formatInstant } from '../time/index.js';
import { useShopSettings } from '../useShopSettings.js';
import { OrderHistory } from './OrderHistory.js';
import { OrderMovesPanel } from './OrderMovesPanel.js';
import { OrderStatusBadge } from './OrderStatusBadge.js';
import { shortOrderId } from '../../../../domain/shortOrderId.js';
import { useAdminOrder } from './useAdminOrder.js';
import { useOrderStatusEvents } from './useOrderStatusEvents.js';

/**
 * One order for the admin: its status with the moves allowed now, its lines and totals, where it ships,
 * its customer and its history. A status change made elsewhere (the order worker, the shopper, another
 * admin) is read again as soon as `onOrderStatusChanged` tells it.
 */
export function OrderPage(): ReactElement {
  const { id = '' } = useParams();
  const { timeZone } = useShopSettings();
  const { order, error, refresh } = useAdminOrder(id);
  useOrderStatusEvents(refresh, id);
  useDocumentTitle(`Order ${shortOrderId(id)}`);

  const back = (
    <p className="back">
      <Link to="/admin/orders">← Orders</Link>
    </p>
  );
  if (error && !order)
    return (
      <>
        {back}
        <h1>Order {shortOrderId(id)}</h1>
        <ErrorAlert error={error} onRetry={refresh} />
      </>
    );
  if (order === undefined) return <StatusMessage>Loading the order…</StatusMessage>;
  if (order === null)
    return (
      <>
        {back}
        <h1>Order not found</h1>
        <p>No order has the id {id}.</p>
      </>
    );

  const address = order.shippingAddress;
  return (
    <>
      {back}
      <div className="page-title order-title">
        <h1>Order {shortOrderId(order.id)}</h1>
        <OrderStatusBadge status={order.status} />
      </div>
      {order.statusReason && <p>Reason: “{order.statusReason}”</p>}
      <div className="admin-columns">
        <div>
          <section aria-labelledby="items-title" className="panel">
            <h2 id="items-title">Items</h2>
            <div className="table-scroll admin-table">
              <table>
                <caption>What was ordered, at the prices charged</caption>
                <thead>
                  <tr>
                    <th scope="col">Product</th>
                    <th scope="col" className="number">
                      Units
                    </th>
                    <th scope="col" className="number">
                      Unit price
                    </th>
                    <th scope="col" className="number">
                      Line total
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {order.items.map((item) => (
                    <tr key={item.productId}>
                      <th scope="row">
                        <Link to={`/admin/products/${encodeURIComponent(item.productId)}`}>{item.name}</Link>{' '}
                        <span className="muted">{item.sku}</span>
                      </th>
                      <td data-label="Units" className="number">
                        {item.quantity}
                      </td>
                      <td data-label="Unit price" className="number">
                        {formatMoney(item.unitPrice)}
                      </td>
                      <td data-label="Line total" className="number">
                        {formatMoney(item.lineTotal)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <dl className="totals">
              <dt>Subtotal</dt>
              <dd>{formatMoney(order.subtotal)}</dd>
              {order.promoCode && (
                <>
                  <dt>Promo code {order.promoCode}</dt>
                  <dd>−{formatMoney(order.discount)}</dd>
                </>
              )}
              <dt className="grand">Total</dt>
              <dd className="grand">{formatMoney(order.total)}</dd>
            </dl>
          </section>
          <section aria-labelledby="history-title" className="panel">
            <h2 id="history-title">History</h2>
            <OrderHistory order={order} timeZone={timeZone} />
          </section>
        </div>
        <div>
          <OrderMovesPanel order={order} />
          <section aria-labelledby="customer-title" className="panel">
            <h2 id="customer-title">Customer</h2>
            <dl className="facts">
              <dt>Placed</dt>
              <dd>{formatInstant(order.createdAt, timeZone)}</dd>
              <dt>Customer id</dt>
              <dd>{order.userId}</dd>
            </dl>
            <p>
              <Link to={`/admin/orders?customer=${encodeURIComponent(order.userId)}`}>
                All orders of this customer
              </Link>
            </p>
            <h3>Ships to</h3>
            <address className="address">
              {address.name}
              <br />
              {address.line1}
              {address.line2 && (
                <>
                  <br />
                  {address.line2}
                </>
              )}
              <br />
              {address.postalCode} {address.city}
              <br />
              {address.country}
            </address>
          </section>
        </div>
      </div>
    </>
  );
}
