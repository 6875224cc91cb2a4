import type { LowStockCrossing } from './OrderEffects.js';
import type { OrderRecord } from './OrderRecord.js';
import type { OrdersDeps } from './OrdersDeps.js';
import { invariant } from '../lib/invariant.js';
import { loadOrders } from './loadOrders.js';
import { readOrder } from './readOrder.js';
import { readStatusChange } from './readOrderRows.js';
import { markChangesNotified, selectUnnotifiedChanges } from './sql/notifiedChanges.js';

/**
 * What follows a stored move, outside its transaction: the admins are told of products that crossed
 * their low-stock threshold, the promo redemption is released when the order ended without a sale, and
 * the change is told (`tellChanges`). Safe to run again for the same order: the worker does so for an
 * order that is no longer `PENDING`, and the sweep sends such orders when a change stays untold.
 */
export async function afterMove(
  deps: OrdersDeps,
  order: OrderRecord,
  lowStock: readonly LowStockCrossing[] = [],
): Promise<void> {
  if (lowStock.length > 0) {
    await deps.notifier
      .emailLowStock(lowStock)
      .catch((error: unknown) =>
        deps.log(
          `orders: low-stock email for ${lowStock.map((p) => p.sku).join(', ')} not sent: ${String(error)}`,
        ),
      );
  }
  if (order.promoCode && (order.status === 'REJECTED' || order.status === 'CANCELLED')) {
    await deps.redemptions.release(order.promoCode, order.id);
  }
  await tellChanges(deps, order.id);
}

/**
 * Tells everyone of the order's changes not told yet, oldest first: each is published to
 * `onOrderStatusChanged` (one event per change), then the shopper gets the email of the order's current
 * status, then the changes are marked told. A failed publish stops here and leaves them untold, to be
 * told again later; a refused email is logged and does not hold the rest up (the order stays as stored).
 */
export async function tellChanges(deps: OrdersDeps, orderId: string): Promise<void> {
  const changes = (await deps.db.query(selectUnnotifiedChanges(orderId))).map(readStatusChange);
  if (changes.length === 0) return;
  // As it is now: a later move may have come since the caller read it.
  const order = await readOrder(deps.db, orderId);
  invariant(order, `order ${orderId} exists since it has changes`);
  for (const change of changes) {
    await deps.notifier.publish({
      orderId: order.id,
      userId: order.userId,
      status: change.toStatus,
      reason: change.reason,
      at: change.createdAt,
    });
  }
  const [full] = await loadOrders(deps.db, [order]);
  if (full) {
    await deps.notifier
      .emailShopper(full)
      .catch((error: unknown) =>
        deps.log(`orders: email for ${order.id} (${order.status}) not sent: ${String(error)}`),
      );
  }
  await deps.db.execute(
    markChangesNotified(
      changes.map((change) => change.id),
      deps.now().toISOString(),
    ),
  );
}
