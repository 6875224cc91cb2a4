import type { GuestCartStore } from './GuestCartStore.js';
import { guestCartStoreOf } from './guestCartStoreOf.js';

let store: GuestCartStore | undefined;

/** The page's guest cart store over `localStorage` (in memory where the browser refuses storage). */
export function browserGuestCartStore(): GuestCartStore {
  if (!store) {
    let storage: Storage | undefined;
    try {
      storage = window.localStorage;
    } catch {
      // Storage disabled: reading `localStorage` itself throws.
    }
    const refusing: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> = {
      getItem: () => {
        throw new Error('no storage');
      },
      setItem: () => undefined,
      removeItem: () => undefined,
    };
    store = guestCartStoreOf(storage ?? refusing, window);
  }
  return store;
}
