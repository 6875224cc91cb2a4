import type { PromoCodeFieldsFragment } from '../../gql/graphql.js';
import { formatMoney } from '../../money/formatMoney.js';

/**
 * What a promo code takes off, in words: `10% off`, or `€5.00 off` (a `FIXED` value is cents of the
 * shop's `currency`), with its minimum order when it has one.
 *
 * @example
 * promoDiscountText({ kind: 'FIXED', value: 500, minSubtotal: { cents: 2000, currency: 'EUR' }, … }, 'EUR', 'en-US')
 * // => '€5.00 off orders from €20.00'
 */
export function promoDiscountText(
  promo: Pick<PromoCodeFieldsFragment, 'kind' | 'value' | 'minSubtotal'>,
  currency: string,
  locale?: string,
): string {
  const off =
    promo.kind === 'PERCENT'
      ? `${new Intl.NumberFormat(locale, { style: 'percent' }).format(promo.value / 100)} off`
      : `${formatMoney({ cents: promo.value, currency }, locale)} off`;
  return promo.minSubtotal ? `${off} orders from ${formatMoney(promo.minSubtotal, locale)}` : off;
}
