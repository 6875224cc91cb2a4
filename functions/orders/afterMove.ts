import type { LowStockCrossing } from './OrderEffects.js';
import type { OrderRecord } from './OrderRecord.js';
import type { OrdersDeps } from './OrdersDeps.js';
import { invariant } from '../lib/invariant.js';
import { loadOrders } from './loadOrders.js';
import { readOrder } from './readOrder.js';
import { readStatusChange } from './readOrderRows.js';
import { markChangesNotified, selectUnnotifiedChanges } from './sql/notifiedChanges.js';
import { claimTelling, releaseTelling } from './sql/tellingClaim.js';

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

/** A teller's claim older than this belongs to one that crashed: another may take over. */
const DEFAULT_CLAIM_MS = 2 * 60_000;

/**
 * Tells everyone of the order's changes not told yet, one teller per order at a time (a claim on the
 * order row), so each change is published once and in the order made, even when the worker and a cancel
 * finish together. Whoever finds the telling claimed leaves it to the holder, which looks again after
 * giving the claim back, so a change stored meanwhile is not left untold.
 */
export async function tellChanges(deps: OrdersDeps, orderId: string): Promise<void> {
  for (;;) {
    const now = deps.now();
    const claim = `${now.toISOString()}${deps.newId().slice(-8)}`;
    const staleBefore = new Date(now.getTime() - (deps.tellingClaimMs ?? DEFAULT_CLAIM_MS)).toISOString();
    if ((await deps.db.execute(claimTelling(orderId, claim, staleBefore))) !== 1) return;
    try {
      await tellUntold(deps, orderId);
    } finally {
      await deps.db.execute(releaseTelling(orderId, claim));
    }
    const untold = await deps.db.query(selectUnnotifiedChanges(orderId));
    if (untold.length === 0) return;
  }
}

/**
 * Tells the order's untold changes, oldest first: each is published to `onOrderStatusChanged` (one
 * event per change), then the shopper gets the email of the last of them, then they are marked told. A
 * failed publish stops here and leaves them untold, to be told again later; a refused email is logged
 * and does not hold the rest up (the order stays as stored).
 */
async function tellUntold(deps: OrdersDeps, orderId: string): Promise<void> {
  const changes = (await deps.db.query(selectUnnotifiedChanges(orderId))).map(readStatusChange);
  const last = changes.at(-1);
  if (!last) return;
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
    // The news of this round: a later change, if any, gets its own round and email.
    await deps.notifier
      .emailShopper({ ...full, status: last.toStatus, statusReason: last.reason })
      .catch((error: unknown) =>
        deps.log(`orders: email for ${order.id} (${last.toStatus}) not sent: ${String(error)}`),
      );
  }
  await deps.db.execute(
    markChangesNotified(
      changes.map((change) => change.id),
      deps.now().toISOString(),
    ),
  );
}
