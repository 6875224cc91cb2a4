import type { OrderStatus } from '../schema/generated/types.js';

/**
 * The status moves an order allows (`schema.graphql`, `OrderStatus`): PENDING → CONFIRMED | REJECTED |
 * CANCELLED, CONFIRMED → CANCELLED | SHIPPED, SHIPPED → DELIVERED. REJECTED, CANCELLED and DELIVERED are
 * final. Shared by the orders function, which enforces them, and the app, which offers exactly these.
 */
export const ORDER_MOVES: Readonly<Record<OrderStatus, readonly OrderStatus[]>> = {
  PENDING: ['CONFIRMED', 'REJECTED', 'CANCELLED'],
  CONFIRMED: ['CANCELLED', 'SHIPPED'],
  SHIPPED: ['DELIVERED'],
  REJECTED: [],
  CANCELLED: [],
  DELIVERED: [],
};

/** Whether an order in status `from` may move to `to`. */
export function canMove(from: OrderStatus, to: OrderStatus): boolean {
  return ORDER_MOVES[from].includes(to);
}
