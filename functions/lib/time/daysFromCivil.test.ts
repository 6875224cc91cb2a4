import { describe, expect, it } from 'vitest';
import { daysFromCivil } from './daysFromCivil.js';

describe('daysFromCivil', () => {
  it('counts days from 1970-01-01, before it too', () => {
    expect(daysFromCivil(1970, 1, 1)).toBe(0);
    expect(daysFromCivil(2000, 3, 1)).toBe(11_017);
    expect(daysFromCivil(1969, 12, 31)).toBe(-1);
    expect(daysFromCivil(0, 3, 1)).toBe(-719_468);
  });

  it('agrees with Date for every day from 1900 to 2100', () => {
    for (let days = daysFromCivil(1900, 1, 1); days < daysFromCivil(2101, 1, 1); days += 1) {
      const date = new Date(days * 86_400_000);
      expect(daysFromCivil(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate())).toBe(days);
    }
  });
});
