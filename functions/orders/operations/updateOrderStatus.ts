import { canMove } from '../../../domain/orderMoves.js';
import type { MutationUpdateOrderStatusArgs, Order } from '../../../schema/generated/types.js';
import { invalidInput, OrderError } from '../OrderError.js';
import type { OrdersCaller } from '../OrdersEvent.js';
import type { OrdersDeps } from '../OrdersDeps.js';
import { moveOrder } from '../moveOrder.js';

/** The longest `reason` an admin may give (`order_status_changes.reason`, `orders.status_reason`). */
const MAX_REASON_LENGTH = 500;

/**
 * `updateOrderStatus` (admins): moves an order along `ORDER_MOVES` only, with an optional reason shown
 * to the shopper. Confirming takes the stock and redeems the promo code as the worker does; cancelling
 * a confirmed order gives the stock back; rejecting or cancelling releases the redemption.
 */
export async function updateOrderStatus(
  args: MutationUpdateOrderStatusArgs,
  caller: OrdersCaller,
  deps: OrdersDeps,
): Promise<Order> {
  if (!caller.admin) {
    throw new OrderError('Unauthorized', 'Not Authorized to access updateOrderStatus on type Mutation');
  }
  const reason = args.reason?.trim() || null;
  if (reason !== null && reason.length > MAX_REASON_LENGTH) {
    throw invalidInput('reason', `at most ${MAX_REASON_LENGTH} characters`);
  }
  return moveOrder(deps, args.id, (order) => {
    if (!canMove(order.status, args.status)) {
      throw new OrderError(
        'InvalidStateTransition',
        `An order ${order.status} cannot move to ${args.status}`,
        { from: order.status, to: args.status },
      );
    }
    return { to: args.status, reason, actor: caller.sub };
  });
}
