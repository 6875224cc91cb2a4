/** An amount of money as the API sends it (`Money`): integer minor units and an ISO 4217 code. */
export interface MoneyValue {
  readonly cents: number;
  readonly currency: string;
}

/**
 * An amount for display in the reader's locale, e.g. `€12.90` or `12,90 €`. The minor units per major unit
 * come from the currency (2 for EUR, 0 for JPY), so cents are never divided as floats before rounding.
 *
 * @example
 * formatMoney({ cents: 1290, currency: 'EUR' }, 'en-US') // => '€12.90'
 */
export function formatMoney(money: MoneyValue, locale?: string): string {
  const format = new Intl.NumberFormat(locale, { style: 'currency', currency: money.currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  return format.format(money.cents / 10 ** digits);
}
