import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import type { ApiError } from '../../api/ApiError.js';
import { apiErrorOf } from '../../api/apiErrorOf.js';
import { graphql } from '../../gql/index.js';
import type { AdminOrderStatusEventsSubscription } from '../../gql/graphql.js';

const AdminOrderStatusEvents = graphql(`
  subscription AdminOrderStatusEvents($orderId: ID) {
    onOrderStatusChanged(orderId: $orderId) {
      orderId
      userId
      status
      reason
      at
    }
  }
`);

/** An order's status change as `onOrderStatusChanged` pushes it. */
export type OrderStatusEvent = NonNullable<AdminOrderStatusEventsSubscription['onOrderStatusChanged']>;

/**
 * Calls `onEvent` for each status change of every order (or of `orderId`'s only) while the component is
 * shown: `onOrderStatusChanged` over the real-time WebSocket, where an admin receives every shopper's
 * events, a new order's `PENDING` included. `error` tells when the subscription failed, so the page can
 * say its list no longer updates by itself.
 */
export function useOrderStatusEvents(
  onEvent: (event: OrderStatusEvent) => void,
  orderId?: string,
): { readonly error: ApiError | undefined } {
  // The latest callback, without resubscribing when the page renders again.
  const latest = useRef(onEvent);
  useEffect(() => {
    latest.current = onEvent;
  });
  const { error } = useSubscription(AdminOrderStatusEvents, {
    variables: orderId ? { orderId } : {},
    fetchPolicy: 'no-cache',
    onData: ({ data }) => {
      const event = data.data?.onOrderStatusChanged;
      if (event) latest.current(event);
    },
  });
  return { error: error ? apiErrorOf(error) : undefined };
}
