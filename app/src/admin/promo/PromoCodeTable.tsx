import type { ReactElement } from 'react';
import { Link } from 'react-router';
import type { PromoCodeFieldsFragment } from '../../gql/graphql.js';
import { formatInstant } from '../time/index.js';
import { promoDiscountText } from './promoDiscountText.js';
import { promoStateOf } from './promoStateOf.js';
import { promoUsesText } from './promoUsesText.js';

/** When a promo code can be used, in words, on the shop's clock. */
function periodText(promo: PromoCodeFieldsFragment, timeZone: string): string {
  const from = promo.startsAt ? `from ${formatInstant(promo.startsAt, timeZone)}` : '';
  const until = promo.expiresAt ? `until ${formatInstant(promo.expiresAt, timeZone)}` : '';
  return [from, until].filter(Boolean).join(' ') || 'No dates';
}

/**
 * Promo codes, one row each, the code linking to its page: what it takes off, how often it has been
 * redeemed against its limits, when it applies, and whether shoppers can use it now. On a phone each row
 * is a card (`admin.css`).
 */
export function PromoCodeTable({
  promoCodes,
  currency,
  timeZone,
  now,
}: {
  promoCodes: readonly PromoCodeFieldsFragment[];
  currency: string;
  timeZone: string;
  now: number;
}): ReactElement {
  return (
    <div className="table-scroll admin-table">
      <table>
        <caption>Promo codes, by code</caption>
        <thead>
          <tr>
            <th scope="col">Code</th>
            <th scope="col">Discount</th>
            <th scope="col">Redeemed</th>
            <th scope="col">Dates</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {promoCodes.map((promo) => (
            <tr key={promo.code}>
              <th scope="row">
                <Link to={`/admin/promo-codes/${encodeURIComponent(promo.code)}`}>{promo.code}</Link>
              </th>
              <td data-label="Discount">{promoDiscountText(promo, currency)}</td>
              <td data-label="Redeemed">{promoUsesText(promo)}</td>
              <td data-label="Dates">{periodText(promo, timeZone)}</td>
              <td data-label="Status">{promoStateOf(promo, now)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
