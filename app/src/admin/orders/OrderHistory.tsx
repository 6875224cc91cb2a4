import type { ReactElement } from 'react';
import type { AdminOrderFieldsFragment } from '../../gql/graphql.js';
import { formatInstant } from '../time/index.js';
import { ORDER_STATUS_TEXT } from './orderStatusText.js';

/** Who made a move, in words: the shop's backend (no user), the shopper who owns the order, or an admin. */
function whoMoved(by: string | null | undefined, ownerId: string): string {
  if (!by) return 'by the shop';
  return by === ownerId ? 'by the customer' : 'by an admin';
}

/** An order's status history, oldest first, each move with when, who and why. */
export function OrderHistory({
  order,
  timeZone,
}: {
  order: AdminOrderFieldsFragment;
  timeZone: string;
}): ReactElement {
  return (
    <ol className="history" aria-label="Status history">
      {order.history.map((change, index) => (
        <li key={`${change.at}-${index}`}>
          <strong>{ORDER_STATUS_TEXT[change.status]}</strong>{' '}
          <span className="muted">
            {formatInstant(change.at, timeZone)}, {whoMoved(change.by, order.userId)}
          </span>
          {change.reason && <p className="muted">“{change.reason}”</p>}
        </li>
      ))}
    </ol>
  );
}
