import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import type { ReactElement } from 'react';
import { canMove } from '../../../domain/orderMoves.js';
import type { ApiError } from '../api/ApiError.js';
import { apiErrorOf } from '../api/apiErrorOf.js';
import type { OrderStatus } from '../gql/graphql.js';
import { ErrorAlert } from '../ui/ErrorAlert.js';
import { ShopperCancelOrder } from './orderOperations.js';

/**
 * "Cancel this order", offered only while the order's status allows it (`domain/orderMoves`: pending or
 * confirmed), with a second step to confirm; the items go back to stock.
 */
export function CancelOrderPanel({
  orderId,
  status,
}: {
  orderId: string;
  status: OrderStatus;
}): ReactElement | null {
  const [asking, setAsking] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [cancel, { loading }] = useMutation(ShopperCancelOrder);
  if (!canMove(status, 'CANCELLED')) return null;
  const confirm = (): void => {
    setError(undefined);
    cancel({ variables: { id: orderId } }).then(
      () => setAsking(false),
      (failure: unknown) => setError(apiErrorOf(failure)),
    );
  };
  return (
    <div className="cancel-order">
      {asking ? (
        <>
          <p>Cancel this order? Its items go back on sale and it cannot be undone.</p>
          <p className="actions">
            <button type="button" className="danger" onClick={confirm} disabled={loading}>
              {loading ? 'Cancelling…' : 'Yes, cancel the order'}
            </button>
            <button type="button" className="secondary" onClick={() => setAsking(false)} disabled={loading}>
              Keep the order
            </button>
          </p>
        </>
      ) : (
        <button type="button" className="secondary" onClick={() => setAsking(true)}>
          Cancel this order
        </button>
      )}
      {error && <ErrorAlert error={error} />}
    </div>
  );
}
