import type { ReactElement } from 'react';
import type { CartLine } from '../cart/ShopCart.js';
import { formatMoney } from '../money/formatMoney.js';
import type { CheckoutTotals } from './checkoutTotalsOf.js';

/** What checkout will order: each line (those whose product left the catalog marked and left out) and the totals. */
export function OrderLinesSummary({
  lines,
  totals,
}: {
  lines: readonly CartLine[];
  totals: CheckoutTotals | undefined;
}): ReactElement {
  return (
    <div className="order-summary">
      <ul className="summary-lines" aria-label="Products to order">
        {lines.map((line) => (
          <li key={line.productId}>
            {line.product ? (
              <>
                <span>
                  {line.quantity} × {line.product.name}
                </span>
                <span>
                  {formatMoney({ ...line.product.price, cents: line.product.price.cents * line.quantity })}
                </span>
              </>
            ) : (
              <span className="muted">A product no longer in the catalog (left out)</span>
            )}
          </li>
        ))}
      </ul>
      {totals && (
        <dl className="totals">
          <div>
            <dt>Subtotal</dt>
            <dd>{formatMoney(totals.subtotal)}</dd>
          </div>
          {totals.discount.cents > 0 && (
            <div>
              <dt>Discount</dt>
              <dd>−{formatMoney(totals.discount)}</dd>
            </div>
          )}
          <div className="totals-total">
            <dt>Total</dt>
            <dd>{formatMoney(totals.total)}</dd>
          </div>
        </dl>
      )}
    </div>
  );
}
