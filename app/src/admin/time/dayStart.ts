import { ianaTimeZone, instantOf, wallMillis } from '../../../../functions/lib/time/index.js';
import type { CalendarDay } from './CalendarDay.js';

/**
 * The first instant of `day` in `timeZone` (an IANA name), as an ISO string (`AWSDateTime`): its
 * midnight, or the end of a gap that swallows midnight. A day's orders are those from its start to the
 * next day's start, 23 or 25 hours later on the days clocks change.
 *
 * @example
 * dayStart('2026-07-01', 'Europe/Berlin') // => '2026-06-30T22:00:00.000Z'
 */
export function dayStart(day: CalendarDay, timeZone: string): string {
  const [year = 0, month = 1, date = 1] = day.split('-').map(Number);
  const wall = wallMillis({ year, month, day: date, hour: 0, minute: 0, second: 0 });
  return new Date(instantOf(wall, ianaTimeZone(timeZone))).toISOString();
}
