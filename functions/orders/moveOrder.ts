import type { Order } from '../../schema/generated/types.js';
import { invariant } from '../lib/invariant.js';
import { afterMove } from './afterMove.js';
import { confirmOrder, RedemptionRefused } from './confirmOrder.js';
import { loadOrders } from './loadOrders.js';
import { OrderError } from './OrderError.js';
import type { OrderRecord } from './OrderRecord.js';
import type { OrdersDeps } from './OrdersDeps.js';
import { readOrder } from './readOrder.js';
import { Shortage, StaleOrder, storeMove } from './storeMove.js';
import type { MoveRequest, StoredMove } from './storeMove.js';

/** How often a move is decided again when another change of the same order came first. */
const ATTEMPTS = 5;

/**
 * A move asked through the API (`cancelOrder`, `updateOrderStatus`): reads the order, lets `decide`
 * check the caller and the move against the order as it is (throwing an `OrderError` to refuse), stores
 * the move, and answers the order as it is after. When another change came first the order is read and
 * decided again, so the caller's move is judged against what won. A confirmation redeems the promo code
 * and takes the stock like the worker's (`OutOfStock`, `PromoCodeInvalid` when they no longer allow
 * it). What follows the commit (`afterMove`) is logged when it fails: the move stands, and the sweep
 * tells what was left untold.
 */
export async function moveOrder(
  deps: OrdersDeps,
  id: string,
  decide: (order: OrderRecord) => MoveRequest,
): Promise<Order> {
  for (let attempt = 1; ; attempt += 1) {
    const order = await readOrder(deps.db, id);
    if (!order) throw new OrderError('NotFound', `No order has the id ${id}`, { id });
    const move = decide(order);
    let stored: StoredMove;
    try {
      stored = await store(deps, order, move);
    } catch (error) {
      if (error instanceof StaleOrder && attempt < ATTEMPTS) continue;
      throw error;
    }
    await afterMove(deps, stored.order, stored.lowStock).catch((error: unknown) =>
      deps.log(
        `orders: ${id} is ${stored.order.status}; telling it failed (${String(error)}), the sweep retries`,
      ),
    );
    const [moved] = await loadOrders(deps.db, [stored.order]);
    invariant(moved, `order ${id} loads after its move`);
    return moved;
  }
}

async function store(deps: OrdersDeps, order: OrderRecord, move: MoveRequest): Promise<StoredMove> {
  if (move.to !== 'CONFIRMED') return storeMove(deps, order, move);
  try {
    return await confirmOrder(deps, order, move.actor, move.reason);
  } catch (error) {
    if (error instanceof Shortage) {
      throw new OrderError('OutOfStock', error.message, {
        productId: error.productId,
        available: error.available,
      });
    }
    if (error instanceof RedemptionRefused) {
      throw new OrderError('PromoCodeInvalid', error.message, { code: error.code, reason: error.reason });
    }
    throw error;
  }
}
