import { useCallback } from 'react';
import type { ReactElement } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { shortOrderId } from '../../../domain/shortOrderId.js';
import { formatMoney } from '../money/formatMoney.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { RequireSignIn } from '../ui/RequireSignIn.js';
import { StatusMessage } from '../ui/StatusMessage.js';
import { useDocumentTitle } from '../ui/useDocumentTitle.js';
import { CancelOrderPanel } from './CancelOrderPanel.js';
import { formatDateTime } from './formatDateTime.js';
import { orderStatusLabel } from './orderStatusLabel.js';
import { OrderStatusBadge } from './OrderStatusBadge.js';
import { statusExplanation } from './statusExplanation.js';
import { useOrderUpdates } from './useOrderUpdates.js';
import { useShopperOrder } from './useShopperOrder.js';

/** An order's page, for its signed-in owner. */
export function OrderPage(): ReactElement {
  return (
    <RequireSignIn what="see your order">
      <OrderDetails />
    </RequireSignIn>
  );
}

/**
 * The order as placed (lines, totals, address) and its status, followed live: a change (confirmed,
 * rejected with its reason, shipped, delivered, cancelled) shows without a reload. Cancel while allowed.
 */
function OrderDetails(): ReactElement {
  const { id = '' } = useParams();
  const placed = (useLocation().state as { placed?: boolean; addressNotSaved?: boolean } | null) ?? {};
  const { order, error, refresh } = useShopperOrder(id);
  const onChange = useCallback(() => refresh(), [refresh]);
  const { live, reconnect } = useOrderUpdates(id, onChange);
  useDocumentTitle(order ? `Order ${shortOrderId(order.id)}` : 'Order');

  if (error && !order) return <ErrorAlert error={error} onRetry={refresh} />;
  if (order === undefined) return <StatusMessage>Loading your order…</StatusMessage>;
  if (order === null)
    return (
      <>
        <h1>Order not found</h1>
        <p>
          No order of yours has this address. <Link to="/orders">See your orders</Link>
        </p>
      </>
    );
  return (
    <>
      <p className="back">
        <Link to="/orders">← Your orders</Link>
      </p>
      <h1>Order {shortOrderId(order.id)}</h1>
      <p className="muted">Placed {formatDateTime(order.createdAt)}</p>
      {placed.placed && <p className="notice">Thank you: your order is placed.</p>}
      {placed.addressNotSaved && (
        <p className="notice">Your address could not be saved to your account; you can save it there.</p>
      )}
      <section className="panel order-status" aria-labelledby="order-status-title">
        <h2 id="order-status-title">Status</h2>
        <div role="status" aria-live="polite">
          <p className="order-status-line">
            <OrderStatusBadge status={order.status} />
          </p>
          <p>{statusExplanation(order.status, order.statusReason)}</p>
        </div>
        {live === 'lost' && (
          <p className="muted">
            Live updates stopped.{' '}
            <button type="button" className="secondary" onClick={reconnect}>
              Follow again
            </button>
          </p>
        )}
        <CancelOrderPanel orderId={order.id} status={order.status} />
      </section>

      <section className="panel" aria-labelledby="order-items-title">
        <h2 id="order-items-title">Items</h2>
        <ul className="summary-lines" aria-label="Ordered products">
          {order.items.map((item) => (
            <li key={item.productId}>
              <span>
                {item.quantity} × {item.name}
              </span>
              <span>{formatMoney(item.lineTotal)}</span>
            </li>
          ))}
        </ul>
        <dl className="totals">
          <div>
            <dt>Subtotal</dt>
            <dd>{formatMoney(order.subtotal)}</dd>
          </div>
          {order.discount.cents > 0 && (
            <div>
              <dt>Discount{order.promoCode ? ` (${order.promoCode})` : ''}</dt>
              <dd>−{formatMoney(order.discount)}</dd>
            </div>
          )}
          <div className="totals-total">
            <dt>Total</dt>
            <dd>{formatMoney(order.total)}</dd>
          </div>
        </dl>
      </section>

      <div className="order-columns">
        <section className="panel" aria-labelledby="order-address-title">
          <h2 id="order-address-title">Shipping to</h2>
          <address>
            {order.shippingAddress.name}
            <br />
            {order.shippingAddress.line1}
            {order.shippingAddress.line2 && (
              <>
                <br />
                {order.shippingAddress.line2}
              </>
            )}
            <br />
            {order.shippingAddress.postalCode} {order.shippingAddress.city}
            <br />
            {regionName(order.shippingAddress.country)}
          </address>
        </section>
        <section className="panel" aria-labelledby="order-history-title">
          <h2 id="order-history-title">History</h2>
          <ol className="history">
            {order.history.map((change, index) => (
              <li key={`${change.at}-${index}`}>
                <strong>{orderStatusLabel(change.status)}</strong> · {formatDateTime(change.at)}
                {change.reason && <span className="muted"> · {change.reason}</span>}
              </li>
            ))}
          </ol>
        </section>
      </div>
    </>
  );
}

function regionName(code: string): string {
  try {
    return new Intl.DisplayNames(undefined, { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}
