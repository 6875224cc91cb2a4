import { canMove } from '../../../domain/orderMoves.js';
import type { MutationCancelOrderArgs, Order } from '../../../schema/generated/types.js';
import type { OrdersCaller } from '../OrdersEvent.js';
import type { OrdersDeps } from '../OrdersDeps.js';
import { OrderError } from '../OrderError.js';
import { moveOrder } from '../moveOrder.js';

/**
 * `cancelOrder`: the owner or an admin cancels a `PENDING` or `CONFIRMED` order. Stock a confirmed order
 * took comes back in the same transaction; the promo redemption is released and the change told after.
 * Racing the worker, exactly one of them wins: the loser finds the order moved and decides again.
 */
export async function cancelOrder(
  args: MutationCancelOrderArgs,
  caller: OrdersCaller,
  deps: OrdersDeps,
): Promise<Order> {
  return moveOrder(deps, args.id, (order) => {
    if (order.userId !== caller.sub && !caller.admin) {
      throw new OrderError('Unauthorized', `Not Authorized to cancel order ${order.id}`);
    }
    if (!canMove(order.status, 'CANCELLED')) {
      throw new OrderError('InvalidStateTransition', `An order ${order.status} cannot be cancelled`, {
        from: order.status,
        to: 'CANCELLED',
      });
    }
    return { to: 'CANCELLED', reason: null, actor: caller.sub };
  });
}
