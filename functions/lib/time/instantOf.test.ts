import { describe, expect, it } from 'vitest';
import { ianaTimeZone } from './ianaTimeZone.js';
import { instantOf } from './instantOf.js';

/** A wall time written `yyyy-mm-ddThh:mm`, read as if it were UTC: what `wallMillis` gives. */
const wallMs = (text: string) => Date.parse(`${text}Z`);
const berlin = ianaTimeZone('Europe/Berlin');

describe('instantOf', () => {
  it('reads a time in a gap past the gap, and an ambiguous time as its first occurrence', () => {
    expect(new Date(instantOf(wallMs('2026-03-29T02:30'), berlin))).toEqual(new Date('2026-03-29T01:30:00Z'));
    expect(new Date(instantOf(wallMs('2026-10-25T02:30'), berlin))).toEqual(new Date('2026-10-25T00:30:00Z'));
    expect(new Date(instantOf(wallMs('2026-07-01T12:00'), berlin))).toEqual(new Date('2026-07-01T10:00:00Z'));
  });

  it('gives the bounds of a calendar day: 24 hours, 23 and 25 on the days clocks change', () => {
    const hours = (day: string, next: string, zone = berlin) =>
      (instantOf(wallMs(`${next}T00:00`), zone) - instantOf(wallMs(`${day}T00:00`), zone)) / 3_600_000;
    expect(hours('2026-03-28', '2026-03-29')).toBe(24);
    expect(hours('2026-03-29', '2026-03-30')).toBe(23);
    expect(hours('2026-10-25', '2026-10-26')).toBe(25);
    expect(hours('2026-11-01', '2026-11-02', ianaTimeZone('America/New_York'))).toBe(25);
  });

  it('starts a day whose midnight falls in a gap at the end of the gap', () => {
    // Chile moves its clocks from 00:00 to 01:00 on 2026-09-06: the day starts at 01:00 (-03:00).
    const santiago = ianaTimeZone('America/Santiago');
    const start = instantOf(wallMs('2026-09-06T00:00'), santiago);
    expect(new Date(start)).toEqual(new Date('2026-09-06T04:00:00Z'));
    expect(instantOf(wallMs('2026-09-07T00:00'), santiago) - start).toBe(23 * 3_600_000);
  });
});
