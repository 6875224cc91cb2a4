import type { GuestCart } from './GuestCart.js';
import { guestCartOf } from './guestCartOf.js';
import type { GuestCartStore } from './GuestCartStore.js';

/** The `localStorage` key of the guest cart. */
export const GUEST_CART_KEY = 'shopsync.guestCart';

/**
 * The guest cart kept in `storage` under `GUEST_CART_KEY` as JSON, shared by the browser's tabs: another
 * tab's change arrives through `target`'s `storage` event. When storage refuses (disabled, full, private
 * mode) the cart lives in memory for this tab only.
 */
export function guestCartStoreOf(
  storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>,
  target: Pick<EventTarget, 'addEventListener' | 'removeEventListener'>,
): GuestCartStore {
  const listeners = new Set<() => void>();
  // Once storage refuses, this tab keeps its cart in `memory` from then on.
  let inMemory = false;
  let memory: string | null = null;
  let cached: { readonly text: string | null; readonly cart: GuestCart } | undefined;
  const text = (): string | null => {
    if (inMemory) return memory;
    try {
      return storage.getItem(GUEST_CART_KEY);
    } catch {
      inMemory = true;
      return memory;
    }
  };
  const notify = (): void => listeners.forEach((listener) => listener());
  const onStorage = (event: Event): void => {
    const key = (event as StorageEvent).key;
    if (key === GUEST_CART_KEY || key === null) notify();
  };
  return {
    read: () => {
      const now = text();
      if (cached?.text !== now) cached = { text: now, cart: guestCartOf(now) };
      return cached.cart;
    },
    write: (cart) => {
      const empty = cart.lines.length === 0 && !cart.merging;
      memory = empty ? null : JSON.stringify(cart);
      try {
        if (!inMemory) {
          if (memory === null) storage.removeItem(GUEST_CART_KEY);
          else storage.setItem(GUEST_CART_KEY, memory);
        }
      } catch {
        inMemory = true;
      }
      notify();
    },
    subscribe: (listener) => {
      if (listeners.size === 0) target.addEventListener('storage', onStorage);
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0) target.removeEventListener('storage', onStorage);
      };
    },
  };
}
