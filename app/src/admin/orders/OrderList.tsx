import type { ReactElement } from 'react';
import { Link } from 'react-router';
import type { AdminOrderRowFieldsFragment } from '../../gql/graphql.js';
import { formatMoney } from '../../money/formatMoney.js';
import { formatInstant } from '../time/index.js';
import { OrderStatusBadge } from './OrderStatusBadge.js';
import { shortOrderId } from '../../../../domain/shortOrderId.js';

/**
 * Orders, one row each, newest first: the short id linking to the order's page, when it was placed (on
 * the shop's clock), who it ships to, its units, total and status. Rows in `fresh` arrived while the
 * page was open and are marked. On a phone each row is a card (`admin.css`).
 */
export function OrderList({
  orders,
  timeZone,
  fresh,
}: {
  orders: readonly AdminOrderRowFieldsFragment[];
  timeZone: string;
  fresh: ReadonlySet<string>;
}): ReactElement {
  return (
    <div className="table-scroll admin-table">
      <table>
        <caption>Orders, newest first</caption>
        <thead>
          <tr>
            <th scope="col">Order</th>
            <th scope="col">Placed</th>
            <th scope="col">Ships to</th>
            <th scope="col" className="number">
              Units
            </th>
            <th scope="col" className="number">
              Total
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {orders.map((order) => (
            <tr key={order.id} className={fresh.has(order.id) ? 'row-new' : undefined}>
              <th scope="row">
                <Link to={`/admin/orders/${encodeURIComponent(order.id)}`}>{shortOrderId(order.id)}</Link>
                {fresh.has(order.id) && <span className="badge badge-ok">new</span>}
              </th>
              <td data-label="Placed">{formatInstant(order.createdAt, timeZone)}</td>
              <td data-label="Ships to">
                {order.shippingAddress.name}, {order.shippingAddress.city} ({order.shippingAddress.country})
              </td>
              <td data-label="Units" className="number">
                {order.items.reduce((units, item) => units + item.quantity, 0)}
              </td>
              <td data-label="Total" className="number">
                {formatMoney(order.total)}
              </td>
              <td data-label="Status">
                <OrderStatusBadge status={order.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
