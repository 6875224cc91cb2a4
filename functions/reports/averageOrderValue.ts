/**
 * `revenueCents` ÷ `orders`, rounded half up to the cent (`SalesReport.averageOrderValue`); 0 when there
 * were no orders. Integer arithmetic only: floor((2r + n) / 2n) is r / n rounded half up for r ≥ 0, n > 0.
 *
 * @example averageOrderValue(1001, 2) // => 501 (500.5 rounded up)
 * @example averageOrderValue(1000, 3) // => 333
 */
export function averageOrderValue(revenueCents: number, orders: number): number {
  if (orders === 0) return 0;
  return Math.floor((2 * revenueCents + orders) / (2 * orders));
}
