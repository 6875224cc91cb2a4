/** The text of a price in cents for a price field: `1290` → `12.90`. */
export function priceText(cents: number): string {
  return `${Math.trunc(cents / 100)}.${String(cents % 100).padStart(2, '0')}`;
}
