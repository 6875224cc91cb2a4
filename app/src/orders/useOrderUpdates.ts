import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { ON_SUBSCRIBED } from '../api/subscriptionReadyLink.js';
import { ShopperOrderStatus } from './orderOperations.js';

/** Whether an order's live updates are flowing. */
export type LiveState = 'connecting' | 'live' | 'lost';

/**
 * Follows one order's status through the `onOrderStatusChanged` subscription (AppSync's real-time
 * WebSocket; no polling). Each change is written to the cached order at once, then `onChange` reads the
 * order again for its history. `onChange` also runs once the server has started the subscription
 * (`subscriptionReadyLink`), so a change made before then, while the socket opened, is not missed.
 * A dropped subscription is `lost` until `reconnect`.
 */
export function useOrderUpdates(
  orderId: string,
  onChange: () => void,
): { readonly live: LiveState; readonly reconnect: () => void } {
  const client = useApolloClient();
  const [live, setLive] = useState<LiveState>('connecting');
  const [attempt, setAttempt] = useState(0);
  const changed = useRef(onChange);
  useEffect(() => {
    changed.current = onChange;
  }, [onChange]);

  useEffect(() => {
    setLive('connecting');
    const subscription = client
      .subscribe({
        query: ShopperOrderStatus,
        variables: { orderId },
        fetchPolicy: 'no-cache',
        context: {
          [ON_SUBSCRIBED]: () => {
            setLive('live');
            changed.current();
          },
        },
      })
      .subscribe({
        next: (result) => {
          const event = result.data?.onOrderStatusChanged;
          if (!event || event.orderId !== orderId) return;
          client.cache.modify({
            id: client.cache.identify({ __typename: 'Order', id: orderId }),
            fields: { status: () => event.status, statusReason: () => event.reason ?? null },
          });
          changed.current();
        },
        error: () => setLive('lost'),
        complete: () => setLive('lost'),
      });
    return () => subscription.unsubscribe();
  }, [client, orderId, attempt]);

  const reconnect = useCallback(() => setAttempt((count) => count + 1), []);
  return { live, reconnect };
}
