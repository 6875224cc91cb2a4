import { useId } from 'react';
import type { FormEvent, ReactElement } from 'react';
import { Link } from 'react-router';
import type { ApiError } from '../../api/ApiError.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { formText } from '../../ui/formText.js';
import { ORDER_STATUS_TEXT } from './orderStatusText.js';

const FIELDS = ['status', 'from', 'to', 'customer'] as const;

/**
 * The orders list's filters: a status, the first and last day (the shop's days, both included) and a
 * customer's id. They live in the page's address, so a filtered list can be reloaded and shared;
 * `onApply` gets the new address parameters, empty ones left out.
 */
export function OrderFilters({
  params,
  error,
  onApply,
}: {
  params: URLSearchParams;
  error: ApiError | undefined;
  onApply: (params: Record<string, string>) => void;
}): ReactElement {
  const id = useId();
  const errorId = `${id}-error`;
  const invalid = (name: string): { 'aria-invalid'?: true; 'aria-describedby'?: string } =>
    error?.field === name ? { 'aria-invalid': true, 'aria-describedby': errorId } : {};
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const next: Record<string, string> = {};
    for (const name of FIELDS) {
      const value = formText(form, name).trim();
      if (value) next[name] = value;
    }
    onApply(next);
  };

  return (
    <form
      className="filters"
      role="search"
      aria-label="Filter orders"
      onSubmit={submit}
      key={params.toString()}
    >
      <div className="field">
        <label htmlFor={`${id}-status`}>Status</label>
        <select
          id={`${id}-status`}
          name="status"
          defaultValue={params.get('status') ?? ''}
          {...invalid('status')}
        >
          <option value="">Any status</option>
          {Object.entries(ORDER_STATUS_TEXT).map(([status, text]) => (
            <option key={status} value={status}>
              {text}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-from`}>Placed from</label>
        <input
          id={`${id}-from`}
          name="from"
          type="date"
          defaultValue={params.get('from') ?? ''}
          {...invalid('from')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-to`}>Placed until</label>
        <input
          id={`${id}-to`}
          name="to"
          type="date"
          defaultValue={params.get('to') ?? ''}
          {...invalid('to')}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-customer`}>Customer id</label>
        <input
          id={`${id}-customer`}
          name="customer"
          defaultValue={params.get('customer') ?? ''}
          maxLength={64}
          autoComplete="off"
          {...invalid('customer')}
        />
      </div>
      <div className="actions">
        <button type="submit">Show orders</button>
        {params.size > 0 && (
          <Link className="button secondary-link" to="/admin/orders">
            Clear
          </Link>
        )}
      </div>
      {error && <ErrorAlert error={error} id={errorId} />}
    </form>
  );
}
