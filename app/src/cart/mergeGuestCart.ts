import type { ApolloClient } from '@apollo/client';
import type { ApiError } from '../api/ApiError.js';
import { apiErrorOf } from '../api/apiErrorOf.js';
import { errorTypeOf } from '../api/errorTypeOf.js';
import { MergeCart, ShopperCart } from './cartOperations.js';
import { EMPTY_GUEST_CART } from './GuestCart.js';
import type { GuestCartStore } from './GuestCartStore.js';
import { mergeStepOf } from './mergeStepOf.js';
import { withLock } from './withLock.js';

/** How often a merge the stored cart's concurrent change refused (`Conflict`) is tried in all. */
const ATTEMPTS = 3;

/**
 * Adds the guest cart kept in `store` to `userId`'s stored cart with `mergeCart`, once: one tab at a time
 * (a browser-wide lock), and with a marker saved before the call, so that a merge whose answer was lost
 * is recognised afterwards by the stored cart's `updatedAt` and not sent again (`mergeStepOf`). The guest
 * cart is emptied once merged. Resolves to undefined when done, or to why not: a refusal leaves the guest
 * lines unmarked for another try, a network failure leaves the marker for the next attempt to judge.
 */
export function mergeGuestCart(
  client: ApolloClient,
  store: GuestCartStore,
  userId: string,
): Promise<ApiError | undefined> {
  return withLock('shopsync-guest-cart-merge', async () => {
    for (let attempt = 1; ; attempt += 1) {
      const guest = store.read();
      if (guest.lines.length === 0) {
        if (guest.merging) store.write(EMPTY_GUEST_CART);
        return undefined;
      }
      let base: string | null;
      try {
        const { data } = await client.query({ query: ShopperCart, fetchPolicy: 'network-only' });
        base = data?.cart.updatedAt ?? null;
      } catch (error) {
        return apiErrorOf(error);
      }
      if (mergeStepOf(guest, userId, base) === 'forget') {
        store.write(EMPTY_GUEST_CART);
        return undefined;
      }
      store.write({ lines: guest.lines, merging: { userId, base } });
      let failure: ApiError;
      try {
        await client.mutate({
          mutation: MergeCart,
          variables: { items: guest.lines.map(({ productId, quantity }) => ({ productId, quantity })) },
        });
        store.write(EMPTY_GUEST_CART);
        return undefined;
      } catch (error) {
        failure = apiErrorOf(error);
      }
      // An answer from the API means nothing was merged: the marker goes. Without one it stays.
      if (errorTypeOf(failure) !== null) store.write({ lines: guest.lines });
      if (errorTypeOf(failure) !== 'Conflict' || attempt === ATTEMPTS) return failure;
    }
  });
}
