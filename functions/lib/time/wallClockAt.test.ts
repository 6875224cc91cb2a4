import { describe, expect, it } from 'vitest';
import { ianaTimeZone } from './ianaTimeZone.js';
import { wallClockAt } from './wallClockAt.js';

const wall = (text: string) => {
  const [year, month, day, hour, minute] = text.split(/[-T:]/).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  return { year, month, day, hour, minute, second: 0 };
};

describe('wallClockAt', () => {
  it('reads the wall clock of a zone', () => {
    expect(wallClockAt(Date.parse('2026-07-01T10:00:00Z'), ianaTimeZone('Europe/Berlin'))).toEqual(
      wall('2026-07-01T12:00'),
    );
    expect(wallClockAt(Date.parse('2026-01-01T00:00:00Z'), ianaTimeZone('America/Los_Angeles'))).toEqual(
      wall('2025-12-31T16:00'),
    );
  });

  it('drops milliseconds, and counts an offset with seconds', () => {
    expect(wallClockAt(Date.parse('2026-07-01T10:00:59.999Z'), ianaTimeZone('UTC'))).toEqual({
      ...wall('2026-07-01T10:00'),
      second: 59,
    });
    expect(wallClockAt(Date.UTC(1800, 0, 1), ianaTimeZone('Europe/Berlin'))).toEqual({
      ...wall('1800-01-01T00:53'),
      second: 28,
    });
  });
});
