import { describe, expect, it } from 'vitest';
import { wallFromMillis } from './wallFromMillis.js';
import { wallMillis } from './wallMillis.js';

describe('wallFromMillis', () => {
  it('gives the wall clock back, milliseconds dropped, before 1970 too', () => {
    expect(wallFromMillis(Date.UTC(2026, 2, 29, 2, 30, 15, 999))).toEqual({
      year: 2026,
      month: 3,
      day: 29,
      hour: 2,
      minute: 30,
      second: 15,
    });
    expect(wallFromMillis(-1)).toEqual({ year: 1969, month: 12, day: 31, hour: 23, minute: 59, second: 59 });
  });

  it('reverses wallMillis in every year, leap days included', () => {
    for (const year of [-400, -1, 0, 4, 99, 100, 1900, 2000, 2024, 2100, 9999]) {
      for (const [month, day] of [
        [1, 1],
        [2, 28],
        [3, 1],
        [12, 31],
      ] as const) {
        const wall = { year, month, day, hour: 23, minute: 59, second: 59 };
        expect(wallFromMillis(wallMillis(wall))).toEqual(wall);
      }
    }
    const leapDay = { year: 2000, month: 2, day: 29, hour: 0, minute: 0, second: 0 };
    expect(wallFromMillis(wallMillis(leapDay))).toEqual(leapDay);
  });
});
