import { describe, expect, it } from 'vitest';
import { averageOrderValue } from './averageOrderValue.js';

describe('averageOrderValue', () => {
  it('divides revenue by orders, rounding half up to the cent', () => {
    expect(averageOrderValue(1001, 2)).toBe(501);
    expect(averageOrderValue(1000, 3)).toBe(333);
    expect(averageOrderValue(2000, 3)).toBe(667);
    expect(averageOrderValue(1, 2)).toBe(1);
    expect(averageOrderValue(0, 4)).toBe(0);
  });

  it('is zero when there were no orders', () => {
    expect(averageOrderValue(0, 0)).toBe(0);
  });

  it('stays exact for a day of 100,000 orders of a thousand euros', () => {
    expect(averageOrderValue(100_000 * 100_000 + 50_000, 100_000)).toBe(100_001);
    expect(averageOrderValue(100_000 * 100_000 + 49_999, 100_000)).toBe(100_000);
  });

  it('agrees with rounding the exact quotient half up, for every small case', () => {
    for (let orders = 1; orders <= 40; orders += 1) {
      for (let revenue = 0; revenue <= 400; revenue += 1) {
        const exact = revenue / orders;
        const halfUp = Math.floor(exact) + (exact - Math.floor(exact) >= 0.5 - 1e-12 ? 1 : 0);
        expect(averageOrderValue(revenue, orders), `${revenue}/${orders}`).toBe(halfUp);
      }
    }
  });
});
