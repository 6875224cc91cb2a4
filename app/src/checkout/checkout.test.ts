import { describe, expect, it } from 'vitest';
import { checkoutKeyOf, forgetCheckoutKey, newCheckoutKey } from './checkoutKeys.js';
import { checkoutTotalsOf } from './checkoutTotalsOf.js';

const eur = (cents: number) => ({ cents, currency: 'EUR' });

describe('checkoutTotalsOf', () => {
  it('takes the quoted discount off the subtotal, and the parts add up to the subtotal', () => {
    const totals = checkoutTotalsOf(eur(4_350), eur(435));
    expect(totals).toEqual({ subtotal: eur(4_350), discount: eur(435), total: eur(3_915) });
    expect(totals.total.cents + totals.discount.cents).toBe(totals.subtotal.cents);
  });

  it('charges the subtotal without a discount, and never less than nothing', () => {
    expect(checkoutTotalsOf(eur(999), undefined).total).toEqual(eur(999));
    expect(checkoutTotalsOf(eur(300), eur(500))).toEqual({
      subtotal: eur(300),
      discount: eur(300),
      total: eur(0),
    });
  });
});

describe('checkout keys', () => {
  const storage = () => {
    const items = new Map<string, string>();
    return {
      items,
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => void items.set(key, value),
      removeItem: (key: string) => void items.delete(key),
    };
  };

  it('makes keys placeOrder accepts', () => {
    const key = newCheckoutKey();
    expect(key).toMatch(/^[A-Za-z0-9_-]{8,64}$/);
    expect(newCheckoutKey()).not.toBe(key);
  });

  it('gives one key per attempt and user, kept across reloads until the order is placed', () => {
    const kept = storage();
    let made = 0;
    const create = () => `key-number-${(made += 1)}`;
    expect(checkoutKeyOf(kept, 'u1', create)).toBe('key-number-1');
    expect(checkoutKeyOf(kept, 'u1', create)).toBe('key-number-1');
    expect(checkoutKeyOf(kept, 'u2', create)).toBe('key-number-2');
    forgetCheckoutKey(kept, 'u1');
    expect(checkoutKeyOf(kept, 'u1', create)).toBe('key-number-3');
    expect(checkoutKeyOf(kept, 'u2', create)).toBe('key-number-2');
  });

  it('replaces a kept value placeOrder would refuse, and works without storage', () => {
    const kept = storage();
    kept.items.set('shopsync.checkoutKey.u1', 'bad key!');
    expect(checkoutKeyOf(kept, 'u1', () => 'a-good-key')).toBe('a-good-key');
    const refusing = {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('denied');
      },
      removeItem: () => {
        throw new Error('denied');
      },
    };
    expect(checkoutKeyOf(refusing, 'u1', () => 'fresh-key-1')).toBe('fresh-key-1');
    expect(() => forgetCheckoutKey(refusing, 'u1')).not.toThrow();
  });
});
