import { useState } from 'react';
import type { ReactElement } from 'react';
import type { ApiError } from '../../api/ApiError.js';
import type { PromoCodeFieldsFragment, PromoKind } from '../../gql/graphql.js';
import { priceText } from '../../money/priceText.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { TextField } from '../../ui/TextField.js';
import { useInputForm } from '../useInputForm.js';
import { promoTimeText } from './promoTimeText.js';

/**
 * The fields of a promo code: empty to create one (with its code and whether it is active), or filled
 * with `promo` to change its rules (the code cannot change; activation has its own button). Amounts are
 * typed in the shop's `currency` (`5.00` or `5,00`), times on the shop's clock (`timeZone`). The field a
 * `ValidationError` names (`input.value`, …) is marked invalid and tied to the error.
 */
export function PromoCodeForm({
  promo,
  currency,
  timeZone,
  error,
  pending,
  submitLabel,
  onSubmit,
}: {
  promo?: PromoCodeFieldsFragment;
  currency: string;
  timeZone: string;
  error: ApiError | undefined;
  pending: boolean;
  submitLabel: string;
  onSubmit: (form: FormData) => void;
}): ReactElement {
  const [kind, setKind] = useState<PromoKind>(promo?.kind ?? 'PERCENT');
  const { id, errorId, field, submit } = useInputForm(error, onSubmit);
  const valueText = promo ? (promo.kind === 'FIXED' ? priceText(promo.value) : String(promo.value)) : '';

  return (
    <form className="form" onSubmit={submit} aria-label={submitLabel}>
      {!promo && (
        <TextField
          label="Code"
          {...field('code')}
          required
          minLength={3}
          maxLength={32}
          pattern="[A-Za-z0-9][A-Za-z0-9_\-]{2,31}"
          hint="3 to 32 letters, digits, _ or -. Shoppers may type it in any case; it is stored in capitals."
          autoComplete="off"
        />
      )}
      <fieldset className="field choice">
        <legend>Discount</legend>
        <div className="field-check">
          <input
            id={`${id}-percent`}
            type="radio"
            name="kind"
            value="PERCENT"
            checked={kind === 'PERCENT'}
            onChange={() => setKind('PERCENT')}
          />
          <label htmlFor={`${id}-percent`}>Percent off</label>
        </div>
        <div className="field-check">
          <input
            id={`${id}-fixed`}
            type="radio"
            name="kind"
            value="FIXED"
            checked={kind === 'FIXED'}
            onChange={() => setKind('FIXED')}
          />
          <label htmlFor={`${id}-fixed`}>Amount off ({currency})</label>
        </div>
      </fieldset>
      <TextField
        label={kind === 'PERCENT' ? 'Percent' : `Amount (${currency})`}
        {...field('value')}
        required
        inputMode={kind === 'PERCENT' ? 'numeric' : 'decimal'}
        hint={
          kind === 'PERCENT'
            ? 'A whole number from 1 to 100.'
            : 'E.g. 5.00 or 5,00; never more than the order.'
        }
        defaultValue={valueText}
      />
      <TextField
        label={`Minimum order (${currency})`}
        {...field('minSubtotalCents')}
        inputMode="decimal"
        hint="The subtotal an order needs for the code to apply; empty for none."
        defaultValue={promo?.minSubtotal ? priceText(promo.minSubtotal.cents) : ''}
      />
      <TextField
        label="Total uses"
        {...field('maxRedemptions')}
        inputMode="numeric"
        pattern="[0-9]*"
        hint="How many orders may use it in all; empty for no limit."
        defaultValue={promo?.maxRedemptions ?? ''}
      />
      <TextField
        label="Uses per customer"
        {...field('perCustomerLimit')}
        inputMode="numeric"
        pattern="[0-9]*"
        hint="Empty for no limit."
        defaultValue={promo?.perCustomerLimit ?? ''}
      />
      <TextField
        label="Start"
        {...field('startsAt')}
        type="datetime-local"
        hint={`Shop time (${timeZone}); empty to start at once.`}
        defaultValue={promoTimeText(promo?.startsAt, timeZone)}
      />
      <TextField
        label="End"
        {...field('expiresAt')}
        type="datetime-local"
        hint={`Shop time (${timeZone}); empty for no end.`}
        defaultValue={promoTimeText(promo?.expiresAt, timeZone)}
      />
      {!promo && (
        <div className="field field-check">
          <input id={`${id}-active`} name="active" type="checkbox" defaultChecked />
          <label htmlFor={`${id}-active`}>Active: shoppers can use it</label>
        </div>
      )}
      {error && <ErrorAlert error={error} id={errorId} />}
      <button type="submit" disabled={pending}>
        {pending ? 'Saving…' : submitLabel}
      </button>
    </form>
  );
}
