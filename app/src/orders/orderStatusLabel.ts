import type { OrderStatus } from '../gql/graphql.js';

const LABELS: Readonly<Record<OrderStatus, string>> = {
  PENDING: 'Waiting for confirmation',
  CONFIRMED: 'Confirmed',
  REJECTED: 'Rejected',
  CANCELLED: 'Cancelled',
  SHIPPED: 'Shipped',
  DELIVERED: 'Delivered',
};

/**
 * An order status in words for the shopper (`PENDING` reads "Waiting for confirmation"): the status
 * badge, the history and error sentences use it, never the enum's name.
 */
export function orderStatusLabel(status: OrderStatus): string {
  return LABELS[status];
}
