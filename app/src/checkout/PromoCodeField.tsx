import { useId, useState } from 'react';
import type { KeyboardEvent, ReactElement } from 'react';
import { promoReasonText } from '../api/promoReasonText.js';
import { formatMoney } from '../money/formatMoney.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import type { PromoQuoteState } from './usePromoQuote.js';

/**
 * The promo code box of checkout: "Apply" (or Enter) asks the API what the code takes off this cart, and
 * the answer shows at once, in words: the discount, or why the code cannot be used. "Remove" drops it.
 */
export function PromoCodeField({ promo }: { promo: PromoQuoteState }): ReactElement {
  const id = useId();
  const [text, setText] = useState('');
  const apply = (): void => promo.apply(text);
  // Enter applies the code instead of submitting the checkout form around it.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>): void => {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    apply();
  };
  const { quote } = promo;
  return (
    <div className="promo field">
      <label htmlFor={`${id}-code`}>Promo code</label>
      <div className="add-to-cart-row">
        <input
          id={`${id}-code`}
          value={text}
          onChange={(event) => setText(event.target.value)}
          onKeyDown={onKeyDown}
          maxLength={32}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-describedby={`${id}-result`}
        />
        <button type="button" className="secondary" onClick={apply} disabled={promo.checking || !text.trim()}>
          Apply
        </button>
        {promo.code && (
          <button
            type="button"
            className="secondary"
            onClick={() => {
              setText('');
              promo.apply('');
            }}
          >
            Remove
          </button>
        )}
      </div>
      <div id={`${id}-result`} aria-live="polite">
        {promo.checking && <p className="muted">Checking {promo.code}…</p>}
        {quote?.valid && (
          <p className="promo-ok">
            {quote.code} takes {formatMoney(quote.discount)} off your order.
          </p>
        )}
        {quote && !quote.valid && quote.reason && (
          <p className="promo-invalid">{promoReasonText(quote.reason, quote.code)}</p>
        )}
      </div>
      {promo.error && <ErrorAlert error={promo.error} />}
    </div>
  );
}
