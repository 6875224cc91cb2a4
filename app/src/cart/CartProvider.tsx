import { useApolloClient, useQuery } from '@apollo/client/react';
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { ReactElement, ReactNode } from 'react';
import { MAX_LINE_QUANTITY } from '../../../domain/cartLimits.js';
import type { ApiError } from '../api/ApiError.js';
import { apiErrorOf } from '../api/apiErrorOf.js';
import { useAuth } from '../auth/useAuth.js';
import { browserGuestCartStore } from './browserGuestCartStore.js';
import { CartContext } from './CartContext.js';
import { SetCartItem, ShopperCart } from './cartOperations.js';
import { mergeGuestCart } from './mergeGuestCart.js';
import type { CartChange, CartLine, ShopCart } from './ShopCart.js';
import { withGuestQuantity } from './withGuestQuantity.js';

const TOO_MANY_LINES: ApiError = {
  code: null,
  message: 'Your cart already holds 50 different products, the most it can. Remove one first.',
  field: null,
  info: null,
};

/**
 * Holds the shopper's cart for every page: a guest's in this browser (shared by its tabs), a signed-in
 * user's from the API. When a user signs in (or signs up) with a guest cart, it is merged into theirs
 * once (`mergeGuestCart`); the stored cart is read after the merge, so it shows the merged lines. Changes
 * go one at a time, each based on the cart the previous one left.
 */
export function CartProvider({ children }: { children: ReactNode }): ReactElement {
  const client = useApolloClient();
  const auth = useAuth();
  const store = browserGuestCartStore();
  const guest = useSyncExternalStore(store.subscribe, store.read);
  const userId = auth.state.status === 'signedIn' ? auth.state.user.id : undefined;
  const [merge, setMerge] = useState<{
    readonly userId: string;
    readonly state: 'running' | 'done' | ApiError;
  }>();
  const mergeState = merge && merge.userId === userId ? merge.state : undefined;
  const merging = userId !== undefined && mergeState === 'running';

  const runMerge = useCallback(
    (user: string) => {
      setMerge({ userId: user, state: 'running' });
      mergeGuestCart(client, store, user).then(
        (failure) => setMerge({ userId: user, state: failure ?? 'done' }),
        (error: unknown) => setMerge({ userId: user, state: apiErrorOf(error) }),
      );
    },
    [client, store],
  );
  // Once per signed-in user: a guest cart left in this browser is theirs now.
  const mergedFor = useRef<string>(undefined);
  useEffect(() => {
    if (!userId) mergedFor.current = undefined;
    if (!userId || mergedFor.current === userId) return;
    mergedFor.current = userId;
    if (store.read().lines.length > 0) runMerge(userId);
  }, [userId, store, runMerge]);

  const stored = useQuery(ShopperCart, {
    skip: !userId || merging,
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  // Changes are chained: each reads the quantity the previous one left.
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const enqueue = useCallback((change: () => Promise<CartChange>): Promise<CartChange> => {
    const next = queue.current.then(change, change);
    queue.current = next;
    return next;
  }, []);

  const storedQuantity = useCallback(
    async (productId: string): Promise<number> => {
      const cached = client.readQuery({ query: ShopperCart });
      const cart =
        cached?.cart ?? (await client.query({ query: ShopperCart, fetchPolicy: 'network-only' })).data?.cart;
      return cart?.items.find((item) => item.productId === productId)?.quantity ?? 0;
    },
    [client],
  );

  const change = useCallback(
    (productId: string, quantityOf: (current: number) => number): Promise<CartChange> =>
      enqueue(async () => {
        if (!userId) {
          const current = store.read();
          const wanted = quantityOf(
            current.lines.find((line) => line.productId === productId)?.quantity ?? 0,
          );
          const changed = withGuestQuantity(current, productId, wanted);
          if (!changed.ok) return { ok: false, error: TOO_MANY_LINES };
          store.write(changed.cart);
          return {
            ok: true,
            quantity: Math.min(wanted, MAX_LINE_QUANTITY),
            capped: wanted > MAX_LINE_QUANTITY,
          };
        }
        try {
          const wanted = quantityOf(await storedQuantity(productId));
          const quantity = Math.max(0, Math.min(wanted, MAX_LINE_QUANTITY));
          await client.mutate({ mutation: SetCartItem, variables: { productId, quantity } });
          return { ok: true, quantity, capped: wanted > MAX_LINE_QUANTITY };
        } catch (error) {
          return { ok: false, error: apiErrorOf(error) };
        }
      }),
    [enqueue, userId, store, storedQuantity, client],
  );

  const { refetch } = stored;
  const cart = useMemo<ShopCart>(() => {
    const guestLines: readonly CartLine[] = guest.lines.map((line) => ({ ...line, product: undefined }));
    const storedCart = stored.data?.cart;
    const lines: readonly CartLine[] | undefined = userId
      ? storedCart?.items.map((item) => ({
          productId: item.productId,
          quantity: item.quantity,
          product: item.product ?? null,
        }))
      : guestLines;
    return {
      owner: userId ? 'user' : 'guest',
      lines,
      count: (lines ?? []).reduce((units, line) => units + line.quantity, 0),
      subtotal: userId && storedCart ? storedCart.subtotal : null,
      error: userId && stored.error ? apiErrorOf(stored.error) : undefined,
      merging,
      mergeError: typeof mergeState === 'object' ? mergeState : undefined,
      add: (productId, quantity) => change(productId, (current) => current + quantity),
      setQuantity: (productId, quantity) => change(productId, () => quantity),
      retry: () => {
        if (userId && typeof mergeState === 'object') runMerge(userId);
        else void refetch().catch(() => undefined);
      },
    };
  }, [guest, stored.data, stored.error, userId, merging, mergeState, change, refetch, runMerge]);

  return <CartContext.Provider value={cart}>{children}</CartContext.Provider>;
}
