import type { PromoCodeInvalidReason } from '../schema/generated/types.js';
import { promoDiscount } from './promoDiscount.js';
import type { PromoRules } from './PromoRules.js';

/** What a promo code gives a customer for a subtotal now. */
export interface PromoQuoteResult {
  readonly valid: boolean;
  /** Why the code cannot be used; null when valid. */
  readonly reason: PromoCodeInvalidReason | null;
  /** Zero when not valid. */
  readonly discountCents: number;
}

/** The circumstances a code is quoted in. */
export interface PromoQuoteInput {
  readonly subtotalCents: number;
  /** The customer's redemptions of this code so far (the `byUser` index of `promoRedemptions`). */
  readonly customerRedemptions: number;
  /** Now, in epoch milliseconds (`util.time.nowEpochMilliSeconds()`, `Date.now()`). */
  readonly nowMs: number;
}

/**
 * Whether `promo` (null: no such code) can be used, and the discount it gives. The reasons are checked in
 * the order a customer can act on them least to most: unknown, inactive, not started, expired, used up,
 * used up for this customer, below the minimum subtotal. `startsAt` is inclusive, `expiresAt` exclusive.
 *
 * Shared by `quotePromoCode` and the orders function (APPSYNC_JS-safe), so a quote and an order agree.
 */
export function quotePromo(promo: PromoRules | null, input: PromoQuoteInput): PromoQuoteResult {
  const reason = ineligibility(promo, input);
  if (promo === null || reason !== null) {
    return { valid: false, reason: reason ?? 'UNKNOWN', discountCents: 0 };
  }
  return {
    valid: true,
    reason: null,
    discountCents: promoDiscount(promo.kind, promo.value, input.subtotalCents),
  };
}

function ineligibility(promo: PromoRules | null, input: PromoQuoteInput): PromoCodeInvalidReason | null {
  if (promo === null) {
    return 'UNKNOWN';
  }
  if (!promo.active) {
    return 'INACTIVE';
  }
  if (promo.startsAtMs !== null && input.nowMs < promo.startsAtMs) {
    return 'NOT_STARTED';
  }
  if (promo.expiresAtMs !== null && input.nowMs >= promo.expiresAtMs) {
    return 'EXPIRED';
  }
  if (promo.maxRedemptions !== null && promo.redemptions >= promo.maxRedemptions) {
    return 'USED_UP';
  }
  if (promo.perCustomerLimit !== null && input.customerRedemptions >= promo.perCustomerLimit) {
    return 'CUSTOMER_LIMIT_REACHED';
  }
  if (promo.minSubtotalCents !== null && input.subtotalCents < promo.minSubtotalCents) {
    return 'BELOW_MINIMUM';
  }
  return null;
}
