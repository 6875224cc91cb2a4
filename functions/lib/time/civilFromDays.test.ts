import { describe, expect, it } from 'vitest';
import { civilFromDays } from './civilFromDays.js';
import { daysFromCivil } from './daysFromCivil.js';

describe('civilFromDays', () => {
  it('names the date of a day number', () => {
    expect(civilFromDays(0)).toEqual({ year: 1970, month: 1, day: 1 });
    expect(civilFromDays(11_016)).toEqual({ year: 2000, month: 2, day: 29 });
    expect(civilFromDays(-719_469)).toEqual({ year: 0, month: 2, day: 29 });
  });

  it('reverses daysFromCivil across 400-year cycles, before 1 AD included', () => {
    for (let days = daysFromCivil(-401, 1, 1); days < daysFromCivil(2401, 1, 1); days += 97) {
      const { year, month, day } = civilFromDays(days);
      expect(daysFromCivil(year, month, day)).toBe(days);
    }
  });
});
