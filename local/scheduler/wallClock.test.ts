import { describe, expect, it } from 'vitest';
import { instantOf, instantsAt, isTimeZone, wallClockOf } from './wallClock.js';

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

describe('wallClock', () => {
  it('reads the wall clock of a zone', () => {
    expect(wallClockOf(new Date('2026-07-01T10:00:00Z'), 'Europe/Berlin')).toEqual(wall('2026-07-01T12:00'));
    expect(wallClockOf(new Date('2026-01-01T00:00:00Z'), 'America/Los_Angeles')).toEqual(
      wall('2025-12-31T16:00'),
    );
  });

  it('finds one instant normally, none in a gap, two in an overlap', () => {
    expect(instantsAt(wall('2026-03-29T01:30'), 'Europe/Berlin')).toEqual([new Date('2026-03-29T00:30:00Z')]);
    expect(instantsAt(wall('2026-03-29T02:30'), 'Europe/Berlin')).toEqual([]);
    expect(instantsAt(wall('2026-10-25T02:30'), 'Europe/Berlin')).toEqual([
      new Date('2026-10-25T00:30:00Z'),
      new Date('2026-10-25T01:30:00Z'),
    ]);
    expect(instantOf(wall('2026-03-29T02:30'), 'Europe/Berlin')).toEqual(new Date('2026-03-29T01:30:00Z'));
  });

  it('knows IANA zones', () => {
    expect(isTimeZone('Europe/Berlin')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
