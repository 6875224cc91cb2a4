import type { MoneyValue } from '../money/formatMoney.js';
import type { CartLine } from './ShopCart.js';

/**
 * The sum of quantity × current price over the lines whose product is still in the catalog, as the API
 * computes a stored cart's subtotal; null while a line's product is still being looked up, or when no
 * line has a product to price. Integer cents throughout.
 *
 * @example
 * subtotalOf([{ productId: 'p1', quantity: 2, product: { price: { cents: 1250, currency: 'EUR' }, ... } }])
 * // => { cents: 2500, currency: 'EUR' }
 */
export function subtotalOf(lines: readonly CartLine[]): MoneyValue | null {
  if (lines.some((line) => line.product === undefined)) return null;
  let currency: string | undefined;
  let cents = 0;
  for (const line of lines) {
    if (!line.product) continue;
    currency ??= line.product.price.currency;
    cents += line.quantity * line.product.price.cents;
  }
  return currency === undefined ? null : { cents, currency };
}
