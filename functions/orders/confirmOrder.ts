import type { PromoCodeInvalidReason } from '../../schema/generated/types.js';
import type { OrderRecord } from './OrderRecord.js';
import type { OrdersDeps } from './OrdersDeps.js';
import { storeMove } from './storeMove.js';
import type { StoredMove } from './storeMove.js';

/** The order's promo code can no longer be redeemed (used up, limit reached, expired, deactivated). */
export class RedemptionRefused extends Error {
  override readonly name = 'RedemptionRefused';

  constructor(
    readonly code: string,
    readonly reason: PromoCodeInvalidReason,
  ) {
    super(`The promo code ${code} can no longer be used (${REASON_WORDS[reason]})`);
  }
}

const REASON_WORDS: Readonly<Record<PromoCodeInvalidReason, string>> = {
  UNKNOWN: 'it does not exist',
  INACTIVE: 'it was deactivated',
  NOT_STARTED: 'it is not valid yet',
  EXPIRED: 'it has expired',
  BELOW_MINIMUM: 'the order is below its minimum',
  USED_UP: 'all its uses are taken',
  CUSTOMER_LIMIT_REACHED: 'you have used it as often as it allows',
};

/**
 * Confirms a `PENDING` order: redeems its promo code first (idempotent per order, so a retry counts
 * nothing twice), then takes the stock and records the move in one transaction (`storeMove`). Throws
 * `RedemptionRefused` when the code cannot be redeemed any more, and `storeMove`'s `Shortage` or
 * `StaleOrder`. A redemption made before a failure stays with the order until it ends without a sale
 * (`REJECTED`, `CANCELLED`), when `afterMove` releases it.
 */
export async function confirmOrder(
  deps: OrdersDeps,
  order: OrderRecord,
  actor: string | null,
  reason: string | null = null,
): Promise<StoredMove> {
  if (order.promoCode) {
    const outcome = await deps.redemptions.redeem({
      code: order.promoCode,
      orderId: order.id,
      userId: order.userId,
      at: deps.now().toISOString(),
    });
    if (!outcome.redeemed) throw new RedemptionRefused(order.promoCode, outcome.reason);
  }
  return storeMove(deps, order, { to: 'CONFIRMED', reason, actor });
}
