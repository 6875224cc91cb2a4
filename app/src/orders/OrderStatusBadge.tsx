import type { ReactElement } from 'react';
import type { OrderStatus } from '../gql/graphql.js';
import { orderStatusLabel } from './orderStatusLabel.js';

const TONES: Readonly<Record<OrderStatus, string>> = {
  PENDING: 'badge-muted',
  CONFIRMED: 'badge-ok',
  SHIPPED: 'badge-ok',
  DELIVERED: 'badge-ok',
  REJECTED: 'badge-warn',
  CANCELLED: 'badge-muted',
};

/** An order's status in words (and colour). */
export function OrderStatusBadge({ status }: { status: OrderStatus }): ReactElement {
  return <span className={`badge ${TONES[status]}`}>{orderStatusLabel(status)}</span>;
}
