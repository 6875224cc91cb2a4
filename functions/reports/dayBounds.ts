import { instantOf } from '../lib/time/index.js';
import type { TimeZone } from '../lib/time/index.js';
import type { CalendarDay } from './calendarDay.js';

const DAY_MS = 86_400_000;

/**
 * The instants a calendar day of `zone` spans, as the ISO 8601 UTC strings orders store in `created_at`:
 * from its first instant (`start`, included) to the next day's (`end`, excluded). 24 hours apart on most
 * days, 23 on the day clocks move forward and 25 on the day they move back; where a zone skips midnight
 * itself, the day starts when the skipped hour ends. An order placed at 23:59:59.999 local time is
 * before `end`, so it counts on that day.
 *
 * @example
 * dayBounds(parseCalendarDay('date', '2026-03-29'), ianaTimeZone('Europe/Berlin'))
 * // => { start: '2026-03-28T23:00:00.000Z', end: '2026-03-29T22:00:00.000Z' } (23 hours)
 */
export function dayBounds(
  day: CalendarDay,
  zone: TimeZone,
): { readonly start: string; readonly end: string } {
  // A day's midnight, as a wall clock read as if it were UTC, is its day number of days.
  const start = instantOf(day.dayNumber * DAY_MS, zone);
  const end = instantOf((day.dayNumber + 1) * DAY_MS, zone);
  return { start: new Date(start).toISOString(), end: new Date(end).toISOString() };
}
