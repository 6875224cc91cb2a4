/** Where a checkout attempt's idempotency key is kept: `sessionStorage` (this tab, across reloads). */
export type KeyStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

const keyName = (userId: string): string => `shopsync.checkoutKey.${userId}`;

/** A key `placeOrder` accepts (8 to 64 of `A-Z a-z 0-9 _ -`): a random UUID. */
export function newCheckoutKey(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

/**
 * The idempotency key of `userId`'s current checkout attempt: the one kept in `storage` (so a reload or a
 * retry after a network failure sends the same key, and the API answers the order it already placed), or
 * a new one, kept from now on. A storage that refuses gives a key for this page only.
 *
 * @example
 * checkoutKeyOf(sessionStorage, 'u1', newCheckoutKey) // the same key on every call until forgotten
 */
export function checkoutKeyOf(storage: KeyStorage, userId: string, create: () => string): string {
  try {
    const kept = storage.getItem(keyName(userId));
    if (kept && /^[A-Za-z0-9_-]{8,64}$/.test(kept)) return kept;
  } catch {
    return create();
  }
  const key = create();
  try {
    storage.setItem(keyName(userId), key);
  } catch {
    // This page keeps it in memory (the caller holds it).
  }
  return key;
}

/** Ends `userId`'s checkout attempt: its order is placed, so the next checkout gets a new key. */
export function forgetCheckoutKey(storage: KeyStorage, userId: string): void {
  try {
    storage.removeItem(keyName(userId));
  } catch {
    // Nothing was kept.
  }
}
