import type { PromoKind } from '../schema/generated/types.js';

/**
 * The discount in cents a promo code of `kind` and `value` gives on `subtotalCents`: `PERCENT` is
 * `value` percent of the subtotal rounded half up to the cent, `FIXED` is `value` cents. The result is
 * never negative and never more than the subtotal, so `subtotal - discount` is a valid total.
 *
 * Shared by `quotePromoCode` (a resolver) and the orders function, so a quote and an order never disagree;
 * it therefore obeys the APPSYNC_JS restrictions.
 *
 * @example promoDiscount('PERCENT', 15, 999) // 150 (149.85 rounded half up)
 */
export function promoDiscount(kind: PromoKind, value: number, subtotalCents: number): number {
  if (subtotalCents <= 0 || value <= 0) {
    return 0;
  }
  // Integers only: (a * p + 50) / 100 floored is a * p / 100 rounded half up, exact for cents below 2^46.
  const discount = kind === 'PERCENT' ? Math.floor((subtotalCents * value + 50) / 100) : value;
  return Math.min(discount, subtotalCents);
}
