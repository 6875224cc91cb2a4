import { describe, expect, it } from 'vitest';
import { wallMillis } from './wallMillis.js';

describe('wallMillis', () => {
  it('reads a wall clock as if it were UTC', () => {
    const wall = { year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 15 };
    expect(wallMillis(wall)).toBe(Date.UTC(2026, 2, 29, 2, 30, 15));
  });

  it('is exact for years 0–99, which Date.UTC reads as 1900–1999, and before 1 AD', () => {
    const year = (y: number) => new Date(0).setUTCFullYear(y, 0, 1);
    expect(wallMillis({ year: 50, month: 1, day: 1, hour: 0, minute: 0, second: 0 })).toBe(year(50));
    expect(wallMillis({ year: -100, month: 1, day: 1, hour: 0, minute: 0, second: 0 })).toBe(year(-100));
  });

  it('carries a day past the end of its month, and hours past 23, into the next', () => {
    expect(wallMillis({ year: 2026, month: 2, day: 29, hour: 0, minute: 0, second: 0 })).toBe(
      Date.UTC(2026, 2, 1),
    );
    expect(wallMillis({ year: 2026, month: 12, day: 31, hour: 24, minute: 0, second: 0 })).toBe(
      Date.UTC(2027, 0, 1),
    );
  });
});
