import { describe, expect, it } from 'vitest';
import {
  dayAt,
  dayStart,
  formatDay,
  formatInstant,
  instantOfLocal,
  isCalendarDay,
  shiftDay,
} from './index.js';

const BERLIN = 'Europe/Berlin';

describe('dayStart', () => {
  it("is the shop's midnight, an hour or two before UTC's in Berlin", () => {
    expect(dayStart('2026-01-15', BERLIN)).toBe('2026-01-14T23:00:00.000Z');
    expect(dayStart('2026-07-01', BERLIN)).toBe('2026-06-30T22:00:00.000Z');
    expect(dayStart('2026-07-01', 'UTC')).toBe('2026-07-01T00:00:00.000Z');
  });

  it('gives the 23- and 25-hour days of 2026 their length', () => {
    const hours = (day: string): number =>
      (Date.parse(dayStart(shiftDay(day, 1), BERLIN)) - Date.parse(dayStart(day, BERLIN))) / 3_600_000;
    expect(hours('2026-03-29')).toBe(23);
    expect(hours('2026-10-25')).toBe(25);
    expect(hours('2026-06-01')).toBe(24);
  });
});

describe('dayAt', () => {
  it("reads an instant on the shop's wall clock", () => {
    expect(dayAt(Date.parse('2026-06-30T22:30:00Z'), BERLIN)).toEqual({ day: '2026-07-01', time: '00:30' });
    expect(dayAt(Date.parse('2026-12-31T22:59:00Z'), BERLIN)).toEqual({ day: '2026-12-31', time: '23:59' });
  });
});

describe('instantOfLocal', () => {
  it('reads a datetime-local value in the shop time zone, and back', () => {
    const instant = instantOfLocal('2026-12-24T18:00', BERLIN);
    expect(instant).toBe('2026-12-24T17:00:00.000Z');
    expect(dayAt(Date.parse(instant!), BERLIN)).toEqual({ day: '2026-12-24', time: '18:00' });
    expect(instantOfLocal('2026-08-01T09:30', BERLIN)).toBe('2026-08-01T07:30:00.000Z');
  });

  it('reads a time the clocks skip with the offset before the change', () => {
    expect(instantOfLocal('2026-03-29T02:30', BERLIN)).toBe('2026-03-29T01:30:00.000Z');
  });

  it('refuses what is not a date and time', () => {
    for (const text of ['', '2026-12-24', '2026-02-30T10:00', '2026-13-01T10:00', '2026-01-01T24:00', 'soon'])
      expect(instantOfLocal(text, BERLIN), text).toBeNull();
  });
});

describe('calendar days', () => {
  it('shifts across months, years and clock changes', () => {
    expect(shiftDay('2026-03-01', -1)).toBe('2026-02-28');
    expect(shiftDay('2026-12-31', 1)).toBe('2027-01-01');
    expect(shiftDay('2026-03-28', 2)).toBe('2026-03-30');
    expect(shiftDay('2026-05-10', -29)).toBe('2026-04-11');
  });

  it('knows a real day from text that only looks like one', () => {
    expect(isCalendarDay('2028-02-29')).toBe(true);
    for (const text of ['2026-02-29', '2026-1-5', '2026-00-10', '', '2026-04-31'])
      expect(isCalendarDay(text), text).toBe(false);
  });
});

describe('formatting', () => {
  it("shows an instant on the shop's clock and a day as it is named", () => {
    expect(formatInstant('2026-06-30T22:30:00Z', BERLIN, 'en-GB')).toBe('1 Jul 2026, 00:30');
    expect(formatDay('2026-07-01', 'long', 'en-US')).toBe('Wednesday, July 1, 2026');
    expect(formatDay('2026-07-01', 'short', 'en-US')).toBe('Jul 1');
  });
});
