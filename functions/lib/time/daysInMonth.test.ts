import { describe, expect, it } from 'vitest';
import { daysInMonth } from './daysInMonth.js';

describe('daysInMonth', () => {
  it('knows month lengths and Gregorian leap years', () => {
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInMonth(2026, month))).toEqual([
      31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect([1900, 2000, 2024, 2026, 0, -4].map((year) => daysInMonth(year, 2))).toEqual([
      28, 29, 29, 28, 29, 29,
    ]);
  });
});
