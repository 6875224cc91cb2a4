import { describe, expect, it } from 'vitest';
import { ianaTimeZone } from './ianaTimeZone.js';
import { instantsAt } from './instantsAt.js';

/** A wall time written `yyyy-mm-ddThh:mm`, read as if it were UTC: what `wallMillis` gives. */
const wallMs = (text: string) => Date.parse(`${text}Z`);
const berlin = ianaTimeZone('Europe/Berlin');
const at = (text: string) => instantsAt(wallMs(text), berlin).map((epochMs) => new Date(epochMs));

describe('instantsAt', () => {
  it('finds one instant normally, none in a gap, two in an overlap', () => {
    expect(at('2026-03-29T01:30')).toEqual([new Date('2026-03-29T00:30:00Z')]);
    expect(at('2026-03-29T02:30')).toEqual([]);
    expect(at('2026-10-25T02:30')).toEqual([
      new Date('2026-10-25T00:30:00Z'),
      new Date('2026-10-25T01:30:00Z'),
    ]);
  });

  it('treats the edges of a gap and an overlap as clocks show them', () => {
    // In March 02:00 is the gap's first minute and 03:00 its end; in October 02:00 happens twice, 03:00 once.
    expect(at('2026-03-29T02:00')).toEqual([]);
    expect(at('2026-03-29T03:00')).toEqual([new Date('2026-03-29T01:00:00Z')]);
    expect(at('2026-10-25T02:00')).toEqual([
      new Date('2026-10-25T00:00:00Z'),
      new Date('2026-10-25T01:00:00Z'),
    ]);
    expect(at('2026-10-25T03:00')).toEqual([new Date('2026-10-25T02:00:00Z')]);
  });

  it('keeps milliseconds, and works for any zone rule, a fixed offset included', () => {
    const plus0530 = { id: '+05:30', offsetAt: () => 19_800 };
    expect(instantsAt(wallMs('2026-01-01T05:30:00.250'), plus0530)).toEqual([
      Date.parse('2026-01-01T00:00:00.250Z'),
    ]);
  });
});
