import { describe, expect, it } from 'vitest';
import { firstDifference } from './firstDifference.js';

describe('firstDifference', () => {
  const page = (cents: number, token: string | null) => ({
    data: { products: { items: [{ id: 'a', price: { cents, currency: 'EUR' } }], nextToken: token } },
  });

  it('finds nothing between responses of the same shape, whatever their values', () => {
    expect(firstDifference(page(100, 'x'), page(250, 'y'), 'shape')).toBeUndefined();
  });

  it('names the path where a kind differs, null included', () => {
    expect(firstDifference(page(100, 'x'), page(100, null), 'shape')).toBe(
      '$.data.products.nextToken: string against null',
    );
  });

  it('tells missing, extra and reordered keys, and array lengths', () => {
    expect(firstDifference({ a: 1, b: 2 }, { a: 1 }, 'shape')).toBe('$: keys a, b against a');
    expect(firstDifference({ a: 1, b: 2 }, { b: 2, a: 1 }, 'shape')).toBe('$: keys a, b against b, a');
    expect(firstDifference({ a: [1, 2] }, { a: [1] }, 'shape')).toBe('$.a: 2 items against 1');
    expect(firstDifference([{ x: 1 }], [{ x: '1' }], 'shape')).toBe('$[0].x: number against string');
  });

  it('compares the leaves too when asked for values', () => {
    expect(firstDifference(page(100, 'x'), page(100, 'x'), 'value')).toBeUndefined();
    expect(firstDifference(page(100, 'x'), page(250, 'x'), 'value')).toBe(
      '$.data.products.items[0].price.cents: 100 against 250',
    );
  });
});
