import type { Money } from '../../../schema/generated/types.js';

/** Emails are written in English; amounts are written the English way too. */
const LOCALE = 'en-US';

/**
 * An amount as an email shows it, with `Intl.NumberFormat` in the amount's own currency: the minor
 * units per major unit come from the currency (2 for EUR, 0 for JPY), so cents are only divided to be
 * shown.
 *
 * @example
 * formatMoney({ cents: 1290, currency: 'EUR' }) // => '€12.90'
 * formatMoney({ cents: -258, currency: 'EUR' }) // => '-€2.58'
 */
export function formatMoney(money: Pick<Money, 'cents' | 'currency'>): string {
  const format = new Intl.NumberFormat(LOCALE, { style: 'currency', currency: money.currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.cents / 10 ** digits);
}
