import { useApolloClient } from '@apollo/client/react';
import { useCallback, useRef, useState } from 'react';
import type { ApiError } from '../api/ApiError.js';
import { apiErrorOf } from '../api/apiErrorOf.js';
import { errorTypeOf } from '../api/errorTypeOf.js';
import { ClearCart } from '../cart/cartOperations.js';
import type { AddressInput, CartItemInput } from '../gql/graphql.js';
import { ShopperPlaceOrder } from '../orders/orderOperations.js';
import { checkoutKeyOf, forgetCheckoutKey, newCheckoutKey } from './checkoutKeys.js';
import type { KeyStorage } from './checkoutKeys.js';

/** What the shopper confirmed at checkout. */
export interface CheckoutRequest {
  /** The lines shown, one per product still in the catalog. */
  readonly items: readonly CartItemInput[];
  /** The applied promo code; undefined for none. */
  readonly promoCode: string | undefined;
  readonly shippingAddress: AddressInput;
}

/** Where a checkout attempt stands. */
export type PlaceOrderState =
  | { readonly status: 'idle' }
  | { readonly status: 'placing' }
  | { readonly status: 'failed'; readonly error: ApiError; readonly placedOrderId?: string };

function sessionKeys(): KeyStorage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

const memoryKeys = (): KeyStorage => {
  const kept = new Map<string, string>();
  return {
    getItem: (key) => kept.get(key) ?? null,
    setItem: (key, value) => void kept.set(key, value),
    removeItem: (key) => void kept.delete(key),
  };
};

/**
 * Places the order of a checkout attempt. The attempt's idempotency key is kept in `sessionStorage` until
 * its order is placed, so a double click (a second call while one runs is ignored), a reload or a retry
 * after a network failure sends the same key and the API answers the same order: never two. The lines
 * are sent as shown; once placed, the stored cart is emptied and `onPlaced` gets the order's id.
 * A `Conflict` means this attempt's key already placed an order (a request whose answer was lost, then
 * changed): its id is given, and the next attempt gets a new key.
 */
export function usePlaceOrder(
  userId: string,
  onPlaced: (orderId: string) => void,
): { readonly state: PlaceOrderState; readonly place: (request: CheckoutRequest) => void } {
  const client = useApolloClient();
  const [state, setState] = useState<PlaceOrderState>({ status: 'idle' });
  const running = useRef(false);
  const [storage] = useState<KeyStorage>(() => sessionKeys() ?? memoryKeys());

  const place = useCallback(
    (request: CheckoutRequest) => {
      if (running.current) return;
      running.current = true;
      setState({ status: 'placing' });
      const idempotencyKey = checkoutKeyOf(storage, userId, newCheckoutKey);
      client
        .mutate({
          mutation: ShopperPlaceOrder,
          variables: {
            input: {
              items: request.items.map(({ productId, quantity }) => ({ productId, quantity })),
              ...(request.promoCode ? { promoCode: request.promoCode } : {}),
              shippingAddress: request.shippingAddress,
              idempotencyKey,
            },
          },
        })
        .then(async ({ data }) => {
          const order = data?.placeOrder;
          if (!order) throw new Error('placeOrder answered no order');
          forgetCheckoutKey(storage, userId);
          // The order is placed whatever happens to the cart: a failure to empty it is not the order's.
          await client.mutate({ mutation: ClearCart }).catch(() => undefined);
          onPlaced(order.id);
        })
        .catch((failure: unknown) => {
          const error = apiErrorOf(failure);
          const placedOrderId = errorTypeOf(error) === 'Conflict' ? error.info?.orderId : undefined;
          if (typeof placedOrderId === 'string') {
            forgetCheckoutKey(storage, userId);
            setState({ status: 'failed', error, placedOrderId });
          } else setState({ status: 'failed', error });
        })
        .finally(() => {
          running.current = false;
        });
    },
    [client, storage, userId, onPlaced],
  );
  return { state, place };
}
