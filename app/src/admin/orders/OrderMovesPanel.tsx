import { useId, useState } from 'react';
import type { ReactElement } from 'react';
import type { ApiError } from '../../api/ApiError.js';
import { apiErrorOf } from '../../api/apiErrorOf.js';
import type { AdminOrderFieldsFragment } from '../../gql/graphql.js';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { TextField } from '../../ui/TextField.js';
import { orderMoveActions } from './orderMoveActions.js';
import type { OrderMoveAction } from './orderMoveActions.js';
import { ORDER_STATUS_TEXT } from './orderStatusText.js';
import { useUpdateOrderStatus } from './useUpdateOrderStatus.js';

/** The longest reason `updateOrderStatus` takes. */
const MAX_REASON_LENGTH = 500;

/**
 * The status moves an admin may make now, one button each (exactly those `orderMoveActions` allows, so a
 * final status shows none), with an optional reason the shopper is shown. A move that ends the order
 * without a sale (cancel, reject) asks first; cancelling returns the stock.
 */
export function OrderMovesPanel({ order }: { order: AdminOrderFieldsFragment }): ReactElement {
  const id = useId();
  const { move, pending } = useUpdateOrderStatus();
  const [asking, setAsking] = useState<OrderMoveAction>();
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState<string>();
  const [reason, setReason] = useState('');
  const actions = orderMoveActions(order.status);

  // Buttons, not a form's submit: Enter in the reason field must not make the first move.
  const run = (action: OrderMoveAction): void => {
    setError(undefined);
    setDone(undefined);
    if (action.ends && asking?.to !== action.to) return setAsking(action);
    move(order.id, action.to, reason.trim()).then(
      (moved) => {
        setReason('');
        setAsking(undefined);
        setDone(`Marked ${ORDER_STATUS_TEXT[moved.status].toLowerCase()}.`);
      },
      (failure: unknown) => {
        setAsking(undefined);
        setError(apiErrorOf(failure));
      },
    );
  };

  return (
    <section aria-labelledby={`${id}-title`} className="panel">
      <h2 id={`${id}-title`}>Status</h2>
      {actions.length === 0 ? (
        <p>{ORDER_STATUS_TEXT[order.status]} is final: this order cannot move on.</p>
      ) : (
        <div className="form" role="group" aria-label="Change the status">
          <TextField
            label="Reason (optional)"
            name="reason"
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            maxLength={MAX_REASON_LENGTH}
            hint="The shopper sees it with the new status."
            invalid={error?.field === 'reason'}
            errorId={`${id}-error`}
          />
          {asking ? (
            <div className="confirm" role="group" aria-label="Confirm the change">
              <p>
                {asking.to === 'CANCELLED'
                  ? 'Cancel this order? Its stock goes back on sale and the shopper is told.'
                  : 'Reject this order? The shopper is told, with the reason if you gave one.'}
              </p>
              <div className="actions">
                <button type="button" className="danger" onClick={() => run(asking)} disabled={pending}>
                  {pending ? 'Saving…' : `Yes, ${asking.label.toLowerCase()}`}
                </button>
                <button type="button" className="secondary" onClick={() => setAsking(undefined)}>
                  Keep it
                </button>
              </div>
            </div>
          ) : (
            <div className="actions">
              {actions.map((action) => (
                <button
                  key={action.to}
                  type="button"
                  className={action.ends ? 'secondary' : undefined}
                  onClick={() => run(action)}
                  disabled={pending}
                >
                  {action.label}
                </button>
              ))}
            </div>
          )}
        </div>
      )}
      {error && <ErrorAlert error={error} id={`${id}-error`} />}
      {done && (
        <p role="status" className="notice">
          {done}
        </p>
      )}
    </section>
  );
}
