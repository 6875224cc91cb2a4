import type { MoneyValue } from '../money/formatMoney.js';

/** The amounts checkout shows before the order is placed. */
export interface CheckoutTotals {
  readonly subtotal: MoneyValue;
  /** Zero without a valid promo quote. */
  readonly discount: MoneyValue;
  /** `subtotal` − `discount`, never below zero, as the order will charge it. */
  readonly total: MoneyValue;
}

/**
 * The totals of a cart whose `subtotal` the API computed, with the `discount` the API quoted for it
 * (undefined without a valid code): the order's own rule, `total = subtotal − discount`, never below zero,
 * in integer cents.
 *
 * @example
 * checkoutTotalsOf({ cents: 2500, currency: 'EUR' }, { cents: 250, currency: 'EUR' }).total // => { cents: 2250, currency: 'EUR' }
 */
export function checkoutTotalsOf(subtotal: MoneyValue, discount: MoneyValue | undefined): CheckoutTotals {
  const off = Math.min(discount?.cents ?? 0, subtotal.cents);
  return {
    subtotal,
    discount: { cents: off, currency: subtotal.currency },
    total: { cents: subtotal.cents - off, currency: subtotal.currency },
  };
}
