import { describe, expect, it } from 'vitest';
import { promoDiscount } from './promoDiscount.js';

describe('promoDiscount', () => {
  it('takes a percentage rounded half up to the cent', () => {
    expect(promoDiscount('PERCENT', 15, 999)).toBe(150); // 149.85
    expect(promoDiscount('PERCENT', 10, 5)).toBe(1); // 0.5 rounds up
    expect(promoDiscount('PERCENT', 10, 4)).toBe(0); // 0.4 rounds down
    expect(promoDiscount('PERCENT', 33, 1000)).toBe(330);
    expect(promoDiscount('PERCENT', 50, 1)).toBe(1); // 0.5 rounds up, and is still not over 1
    expect(promoDiscount('PERCENT', 100, 12345)).toBe(12345);
  });

  it('takes fixed cents, never more than the subtotal', () => {
    expect(promoDiscount('FIXED', 500, 2000)).toBe(500);
    expect(promoDiscount('FIXED', 500, 300)).toBe(300);
  });

  it('gives nothing on an empty subtotal or a non-positive value', () => {
    expect(promoDiscount('FIXED', 500, 0)).toBe(0);
    expect(promoDiscount('PERCENT', 20, 0)).toBe(0);
    expect(promoDiscount('PERCENT', 0, 1000)).toBe(0);
    expect(promoDiscount('FIXED', -5, 1000)).toBe(0);
  });

  it('always leaves a total between 0 and the subtotal that adds back up to it, for every percentage', () => {
    for (let percent = 1; percent <= 100; percent += 1) {
      for (const subtotal of [1, 2, 3, 7, 99, 100, 101, 999, 1005, 123_457, 2_147_483_647]) {
        const discount = promoDiscount('PERCENT', percent, subtotal);
        const total = subtotal - discount;
        expect(Number.isInteger(discount)).toBe(true);
        expect(discount).toBeGreaterThanOrEqual(0);
        expect(total).toBeGreaterThanOrEqual(0);
        expect(total + discount).toBe(subtotal);
        // Half up: within half a cent of the exact share, and ties go up.
        const exact = (subtotal * percent) / 100;
        expect(Math.abs(discount - exact)).toBeLessThanOrEqual(0.5);
        if (discount - exact === -0.5) throw new Error(`a tie rounded down: ${percent}% of ${subtotal}`);
      }
    }
  });
});
