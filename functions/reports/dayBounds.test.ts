import { describe, expect, it } from 'vitest';
import { ianaTimeZone } from '../lib/time/index.js';
import { calendarDay } from './calendarDay.js';
import { dayBounds } from './dayBounds.js';
import { dayContaining } from './dayContaining.js';
import { parseCalendarDay } from './parseCalendarDay.js';

const BERLIN = ianaTimeZone('Europe/Berlin');
const hours = (bounds: { start: string; end: string }): number =>
  (Date.parse(bounds.end) - Date.parse(bounds.start)) / 3_600_000;
const day = (date: string) => parseCalendarDay('date', date);

describe('dayBounds in Europe/Berlin, 2026', () => {
  it('spans 24 hours on an ordinary winter and summer day', () => {
    expect(dayBounds(day('2026-01-15'), BERLIN)).toEqual({
      start: '2026-01-14T23:00:00.000Z',
      end: '2026-01-15T23:00:00.000Z',
    });
    expect(dayBounds(day('2026-06-17'), BERLIN)).toEqual({
      start: '2026-06-16T22:00:00.000Z',
      end: '2026-06-17T22:00:00.000Z',
    });
  });

  it('spans 23 hours on 29 March, when clocks move from 02:00 to 03:00', () => {
    const bounds = dayBounds(day('2026-03-29'), BERLIN);
    expect(bounds).toEqual({ start: '2026-03-28T23:00:00.000Z', end: '2026-03-29T22:00:00.000Z' });
    expect(hours(bounds)).toBe(23);
  });

  it('spans 25 hours on 25 October, when clocks move from 03:00 back to 02:00', () => {
    const bounds = dayBounds(day('2026-10-25'), BERLIN);
    expect(bounds).toEqual({ start: '2026-10-24T22:00:00.000Z', end: '2026-10-25T23:00:00.000Z' });
    expect(hours(bounds)).toBe(25);
  });

  it('tiles the year: each day ends where the next begins, 8,760 hours in all', () => {
    const first = day('2026-01-01').dayNumber;
    let total = 0;
    for (let n = first; n < first + 365; n += 1) {
      const bounds = dayBounds(calendarDay(n), BERLIN);
      expect(bounds.end).toBe(dayBounds(calendarDay(n + 1), BERLIN).start);
      total += hours(bounds);
    }
    expect(total).toBe(8_760);
  });

  it('agrees with Intl on which day each bound and the instant before the end fall on', () => {
    const berlinDate = (ms: number) =>
      new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(ms));
    for (const date of ['2026-03-28', '2026-03-29', '2026-03-30', '2026-10-24', '2026-10-25', '2026-10-26']) {
      const bounds = dayBounds(day(date), BERLIN);
      expect(berlinDate(Date.parse(bounds.start))).toBe(date);
      expect(berlinDate(Date.parse(bounds.end) - 1)).toBe(date);
      expect(berlinDate(Date.parse(bounds.start) - 1)).not.toBe(date);
    }
  });
});

describe('dayBounds where clocks jump at midnight', () => {
  it('starts America/Santiago’s 6 September 2026 when the skipped hour ends, 23 hours long', () => {
    // Chile moves from UTC-4 to UTC-3 at 00:00 on the first Sunday of September: 00:00–00:59 do not exist.
    const santiago = ianaTimeZone('America/Santiago');
    const bounds = dayBounds(day('2026-09-06'), santiago);
    expect(bounds).toEqual({ start: '2026-09-06T04:00:00.000Z', end: '2026-09-07T03:00:00.000Z' });
    expect(dayBounds(day('2026-09-05'), santiago).end).toBe(bounds.start);
  });
});

describe('dayContaining', () => {
  it('names the day of the shop’s zone an instant falls on, not the UTC one', () => {
    expect(dayContaining(Date.parse('2026-06-16T21:59:59.999Z'), BERLIN).date).toBe('2026-06-16');
    expect(dayContaining(Date.parse('2026-06-16T22:00:00.000Z'), BERLIN).date).toBe('2026-06-17');
    expect(dayContaining(Date.parse('2026-10-25T00:30:00Z'), BERLIN).date).toBe('2026-10-25');
    expect(dayContaining(Date.parse('2026-10-25T01:30:00Z'), BERLIN).date).toBe('2026-10-25');
    expect(dayContaining(Date.parse('2026-10-25T23:00:00Z'), BERLIN)).toEqual(day('2026-10-26'));
  });
});
