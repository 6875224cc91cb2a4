import type { GuestCart } from './GuestCart.js';

/** Where the guest cart lives: read, replaced whole, and watched (this tab's changes and other tabs'). */
export interface GuestCartStore {
  /** The cart now; the same object until it changes, as `useSyncExternalStore` needs. */
  readonly read: () => GuestCart;
  /** Replaces the cart; an empty cart without a merge marker is removed from storage. */
  readonly write: (cart: GuestCart) => void;
  /** Calls `listener` after every change, from this tab or another; returns the unsubscribe. */
  readonly subscribe: (listener: () => void) => () => void;
}
