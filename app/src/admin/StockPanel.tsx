import { useId, useState } from 'react';
import type { FormEvent, ReactElement } from 'react';
import type { ApiError } from '../api/ApiError.js';
import { apiErrorOf } from '../api/apiErrorOf.js';
import type { AdminProductFieldsFragment } from '../gql/graphql.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { formText } from '../ui/formText.js';
import { TextField } from '../ui/TextField.js';
import { stockDeltaOf } from './stockDeltaOf.js';
import { useAdjustStock } from './useAdjustStock.js';

/** A product's stock, and the form that adds or takes units with a reason (a recorded stock movement). */
export function StockPanel({ product }: { product: AdminProductFieldsFragment }): ReactElement {
  const id = useId();
  const { adjust, pending } = useAdjustStock();
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState<string>();
  const low = product.stock <= product.lowStockThreshold;

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const delta = stockDeltaOf(formText(form, 'delta'));
    setDone(undefined);
    if ('error' in delta) return setError(delta.error);
    setError(undefined);
    adjust(product.id, delta.input, formText(form, 'reason').trim()).then(
      (changed) => {
        formElement.reset();
        setDone(`Stock adjusted by ${delta.input > 0 ? '+' : ''}${delta.input}: now ${changed.stock}.`);
      },
      (failure: unknown) => setError(apiErrorOf(failure)),
    );
  };

  return (
    <section aria-labelledby={`${id}-title`} className="panel">
      <h2 id={`${id}-title`}>Stock</h2>
      <p className="stock-level">
        <span className="stock-count">{product.stock}</span> in stock
        {low && <span className="badge badge-warn">low (threshold {product.lowStockThreshold})</span>}
      </p>
      <form className="form" onSubmit={submit} aria-label="Adjust stock">
        <TextField
          label="Units to add or take"
          name="delta"
          inputMode="numeric"
          required
          hint="Positive to add (a delivery), negative to take (damaged, stocktake)."
          invalid={error?.field === 'delta'}
          errorId={`${id}-error`}
        />
        <TextField
          label="Reason"
          name="reason"
          required
          maxLength={500}
          placeholder="delivery 2024-05-02"
          invalid={error?.field === 'reason'}
          errorId={`${id}-error`}
        />
        {error && <ErrorAlert error={error} id={`${id}-error`} />}
        {done && (
          <p role="status" className="notice">
            {done}
          </p>
        )}
        <button type="submit" disabled={pending}>
          {pending ? 'Adjusting…' : 'Adjust stock'}
        </button>
      </form>
    </section>
  );
}
