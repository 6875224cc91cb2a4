import type { OrderStatus } from '../../gql/graphql.js';

/** Each order status in words, as the admin pages show it. */
export const ORDER_STATUS_TEXT: Readonly<Record<OrderStatus, string>> = {
  PENDING: 'Pending',
  CONFIRMED: 'Confirmed',
  REJECTED: 'Rejected',
  CANCELLED: 'Cancelled',
  SHIPPED: 'Shipped',
  DELIVERED: 'Delivered',
};
