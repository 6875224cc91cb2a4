/**
 * The cents of a price typed in major units with at most two decimals (`12`, `12.9`, `12.90`; a comma
 * works as the decimal mark too), or null when the text is not such a price. Digits are read as text, so
 * `0.29` gives 29, not 28.999….
 *
 * @example
 * parsePriceCents('12.90') // => 1290
 */
export function parsePriceCents(text: string): number | null {
  const match = /^\s*(\d{1,9})(?:[.,](\d{1,2}))?\s*$/.exec(text);
  if (!match) return null;
  const [, units, fraction = ''] = match;
  return Number(units) * 100 + Number(fraction.padEnd(2, '0'));
}
