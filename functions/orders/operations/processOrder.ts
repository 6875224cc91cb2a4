import { afterMove } from '../afterMove.js';
import { confirmOrder, RedemptionRefused } from '../confirmOrder.js';
import type { OrdersDeps } from '../OrdersDeps.js';
import { readOrder } from '../readOrder.js';
import { Shortage, StaleOrder, storeMove } from '../storeMove.js';
import type { StoredMove } from '../storeMove.js';

/** How often a move is tried again when another change of the same order came first. */
const ATTEMPTS = 5;

/**
 * The worker's step for one queued order. A `PENDING` order is confirmed (promo code redeemed, stock
 * taken) or, when its stock or code no longer allows it, rejected with the reason in words; then the
 * change is told. An order that is no longer `PENDING` was decided before (by an earlier delivery of the
 * same message, a cancel or an admin): only what may be left of its last change is done again
 * (`afterMove` is idempotent), so a message seen twice takes nothing twice. A message for an unknown
 * order is logged and dropped. Anything else thrown leaves the message to be delivered again.
 */
export async function processOrder(orderId: string, deps: OrdersDeps): Promise<void> {
  for (let attempt = 1; ; attempt += 1) {
    const order = await readOrder(deps.db, orderId);
    if (!order) {
      deps.log(`orders: no order ${orderId}; message dropped`);
      return;
    }
    if (order.status !== 'PENDING') return afterMove(deps, order);
    let stored: StoredMove;
    try {
      try {
        stored = await confirmOrder(deps, order, null);
      } catch (error) {
        if (!(error instanceof Shortage || error instanceof RedemptionRefused)) throw error;
        stored = await storeMove(deps, order, { to: 'REJECTED', reason: error.message, actor: null });
      }
    } catch (error) {
      if (error instanceof StaleOrder && attempt < ATTEMPTS) continue;
      throw error;
    }
    return afterMove(deps, stored.order, stored.lowStock);
  }
}
