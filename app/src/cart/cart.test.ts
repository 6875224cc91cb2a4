import { describe, expect, it } from 'vitest';
import type { ProductCardFieldsFragment } from '../gql/graphql.js';
import type { GuestCart } from './GuestCart.js';
import { guestCartOf } from './guestCartOf.js';
import { GUEST_CART_KEY, guestCartStoreOf } from './guestCartStoreOf.js';
import { mergeStepOf } from './mergeStepOf.js';
import type { CartLine } from './ShopCart.js';
import { subtotalOf } from './subtotalOf.js';
import { withGuestQuantity } from './withGuestQuantity.js';

const line = (productId: string, quantity: number) => ({ productId, quantity });

/** `localStorage`'s contract over a Map, with a switch that makes it refuse like a disabled storage. */
function memoryStorage() {
  const items = new Map<string, string>();
  let refusing = false;
  const guard = () => {
    if (refusing) throw new DOMException('The operation is insecure.', 'SecurityError');
  };
  return {
    items,
    refuse: () => (refusing = true),
    getItem: (key: string) => (guard(), items.get(key) ?? null),
    setItem: (key: string, value: string) => (guard(), void items.set(key, value)),
    removeItem: (key: string) => (guard(), void items.delete(key)),
  };
}

describe('guestCartOf', () => {
  it('reads the stored lines and the merge marker', () => {
    const cart: GuestCart = { lines: [line('p1', 2), line('p2', 1)], merging: { userId: 'u1', base: null } };
    expect(guestCartOf(JSON.stringify(cart))).toEqual(cart);
  });

  it('keeps only what mergeCart accepts, and reads anything else as empty', () => {
    const stored = {
      lines: [
        line('p1', 2),
        line('p1', 5),
        line('', 1),
        { productId: 'p2', quantity: 1.5 },
        { productId: 'p3', quantity: 0 },
        line('p4', 150),
        'junk',
        ...Array.from({ length: 60 }, (_, index) => line(`q${index}`, 1)),
      ],
      merging: { userId: 'u1', base: 7 },
    };
    const cart = guestCartOf(JSON.stringify(stored));
    expect(cart.lines.slice(0, 2)).toEqual([line('p1', 2), line('p4', 99)]);
    expect(cart.lines).toHaveLength(50);
    expect(cart.merging).toBeUndefined();
    for (const text of [null, '', '{', 'null', '[]', '"x"', '{"lines":3}'])
      expect(guestCartOf(text)).toEqual({ lines: [] });
  });
});

describe('withGuestQuantity', () => {
  const cart: GuestCart = { lines: [line('p1', 2), line('p2', 1)] };

  it('sets, adds at the end, removes at 0 and holds a line to 99', () => {
    expect(withGuestQuantity(cart, 'p1', 5)).toEqual({
      ok: true,
      cart: { lines: [line('p1', 5), line('p2', 1)] },
    });
    expect(withGuestQuantity(cart, 'p3', 1)).toEqual({
      ok: true,
      cart: { lines: [line('p1', 2), line('p2', 1), line('p3', 1)] },
    });
    expect(withGuestQuantity(cart, 'p1', 0)).toEqual({ ok: true, cart: { lines: [line('p2', 1)] } });
    expect(withGuestQuantity(cart, 'p9', 0)).toEqual({ ok: true, cart });
    expect(withGuestQuantity(cart, 'p2', 120)).toEqual({
      ok: true,
      cart: { lines: [line('p1', 2), line('p2', 99)] },
    });
  });

  it('refuses a 51st product but still changes the 50 there', () => {
    const full: GuestCart = { lines: Array.from({ length: 50 }, (_, index) => line(`p${index}`, 1)) };
    expect(withGuestQuantity(full, 'new', 1)).toEqual({ ok: false, reason: 'tooManyLines' });
    expect(withGuestQuantity(full, 'p3', 4).ok).toBe(true);
  });

  it('keeps the merge marker', () => {
    const marked: GuestCart = { lines: [line('p1', 1)], merging: { userId: 'u1', base: null } };
    const changed = withGuestQuantity(marked, 'p1', 3);
    expect(changed.ok && changed.cart.merging).toEqual({ userId: 'u1', base: null });
  });
});

describe('mergeStepOf', () => {
  const lines = [line('p1', 2)];

  it('merges lines that were never sent, or whose merge did not change the stored cart', () => {
    expect(mergeStepOf({ lines }, 'u1', null)).toBe('merge');
    expect(mergeStepOf({ lines }, 'u1', '2026-12-01T10:00:00.000Z')).toBe('merge');
    expect(mergeStepOf({ lines, merging: { userId: 'u1', base: null } }, 'u1', null)).toBe('merge');
    const base = '2026-12-01T10:00:00.000Z';
    expect(mergeStepOf({ lines, merging: { userId: 'u1', base } }, 'u1', base)).toBe('merge');
  });

  it('forgets lines a lost answer did merge (the stored cart changed since), and an empty cart', () => {
    expect(
      mergeStepOf({ lines, merging: { userId: 'u1', base: null } }, 'u1', '2026-12-01T10:00:00.000Z'),
    ).toBe('forget');
    expect(
      mergeStepOf({ lines, merging: { userId: 'u1', base: '2026-12-01T10:00:00.000Z' } }, 'u1', null),
    ).toBe('forget');
    expect(mergeStepOf({ lines: [] }, 'u1', null)).toBe('forget');
  });

  it("merges into another user's cart: the marker was for someone else", () => {
    expect(mergeStepOf({ lines, merging: { userId: 'u1', base: null } }, 'u2', 'x')).toBe('merge');
  });
});

describe('guestCartStoreOf', () => {
  it('keeps the cart in storage, the same object until it changes, and removes an empty one', () => {
    const storage = memoryStorage();
    const store = guestCartStoreOf(storage, new EventTarget());
    expect(store.read()).toEqual({ lines: [] });
    expect(store.read()).toBe(store.read());
    store.write({ lines: [line('p1', 2)] });
    expect(JSON.parse(storage.items.get(GUEST_CART_KEY)!)).toEqual({ lines: [line('p1', 2)] });
    const read = store.read();
    expect(read).toEqual({ lines: [line('p1', 2)] });
    expect(store.read()).toBe(read);
    store.write({ lines: [] });
    expect(storage.items.has(GUEST_CART_KEY)).toBe(false);
    store.write({ lines: [], merging: { userId: 'u1', base: null } });
    expect(storage.items.has(GUEST_CART_KEY)).toBe(true);
  });

  it("tells its listeners of this tab's writes and of another tab's (the storage event)", () => {
    const storage = memoryStorage();
    const window = new EventTarget();
    const store = guestCartStoreOf(storage, window);
    let calls = 0;
    const stop = store.subscribe(() => (calls += 1));
    store.write({ lines: [line('p1', 1)] });
    storage.items.set(GUEST_CART_KEY, JSON.stringify({ lines: [line('p1', 4)] }));
    window.dispatchEvent(Object.assign(new Event('storage'), { key: GUEST_CART_KEY }));
    window.dispatchEvent(Object.assign(new Event('storage'), { key: 'something else' }));
    expect(calls).toBe(2);
    expect(store.read().lines).toEqual([line('p1', 4)]);
    stop();
    window.dispatchEvent(Object.assign(new Event('storage'), { key: GUEST_CART_KEY }));
    expect(calls).toBe(2);
  });

  it('keeps the cart in memory for this tab when storage refuses', () => {
    const storage = memoryStorage();
    storage.refuse();
    const store = guestCartStoreOf(storage, new EventTarget());
    store.write({ lines: [line('p1', 3)] });
    expect(store.read().lines).toEqual([line('p1', 3)]);
  });
});

describe('subtotalOf', () => {
  const product = (cents: number): ProductCardFieldsFragment => ({
    id: 'x',
    sku: 'X-1',
    name: 'X',
    category: 'C',
    price: { cents, currency: 'EUR' },
    imageUrl: null,
    inStock: true,
  });
  const priced = (quantity: number, cents: number | null | undefined): CartLine => ({
    productId: String(cents),
    quantity,
    product: cents === null ? null : cents === undefined ? undefined : product(cents),
  });

  it('adds quantity × current price in cents, leaving out products gone from the catalog', () => {
    expect(subtotalOf([priced(2, 1250), priced(3, 199), priced(1, null)])).toEqual({
      cents: 3097,
      currency: 'EUR',
    });
    expect(subtotalOf([priced(3, 10)])).toEqual({ cents: 30, currency: 'EUR' });
  });

  it('is null while a product is looked up, and when nothing can be priced', () => {
    expect(subtotalOf([priced(2, 1250), priced(1, undefined)])).toBeNull();
    expect(subtotalOf([priced(1, null)])).toBeNull();
    expect(subtotalOf([])).toBeNull();
  });
});
