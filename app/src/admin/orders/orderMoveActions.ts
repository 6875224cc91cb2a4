import { ORDER_MOVES } from '../../../../domain/orderMoves.js';
import type { OrderStatus } from '../../gql/graphql.js';

/** One button of an order's page: the status it moves the order to, and its label. */
export interface OrderMoveAction {
  readonly to: OrderStatus;
  readonly label: string;
  /** Whether the move ends the order without a sale, so the page asks before making it. */
  readonly ends: boolean;
}

const LABELS: Readonly<Record<OrderStatus, string>> = {
  PENDING: 'Back to pending',
  CONFIRMED: 'Confirm',
  REJECTED: 'Reject',
  CANCELLED: 'Cancel order',
  SHIPPED: 'Mark shipped',
  DELIVERED: 'Mark delivered',
};

/**
 * The moves an admin may make from `status`: exactly the ones the orders function allows
 * (`domain/orderMoves.ts`), in its order, so the page never offers a move the API refuses.
 *
 * @example
 * orderMoveActions('CONFIRMED').map((action) => action.label) // => ['Cancel order', 'Mark shipped']
 */
export function orderMoveActions(status: OrderStatus): readonly OrderMoveAction[] {
  return ORDER_MOVES[status].map((to) => ({
    to,
    label: LABELS[to],
    ends: to === 'CANCELLED' || to === 'REJECTED',
  }));
}
