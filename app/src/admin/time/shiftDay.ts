import type { CalendarDay } from './CalendarDay.js';

const DAY_MS = 86_400_000;

/**
 * The calendar day `days` after `day` (before it when negative). Calendar arithmetic, no time zone: a
 * day of 23 or 25 hours is still one day.
 *
 * @example
 * shiftDay('2026-03-01', -1) // => '2026-02-28'
 */
export function shiftDay(day: CalendarDay, days: number): CalendarDay {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}
