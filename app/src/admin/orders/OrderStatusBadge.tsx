import type { ReactElement } from 'react';
import type { OrderStatus } from '../../gql/graphql.js';
import { ORDER_STATUS_TEXT } from './orderStatusText.js';

/** An order's status as a coloured badge, in words. */
export function OrderStatusBadge({ status }: { status: OrderStatus }): ReactElement {
  return <span className={`badge status-badge status-${status}`}>{ORDER_STATUS_TEXT[status]}</span>;
}
