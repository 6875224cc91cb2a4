import { daysFromCivil, wallClockAt } from '../lib/time/index.js';
import type { TimeZone } from '../lib/time/index.js';
import { calendarDay } from './calendarDay.js';
import type { CalendarDay } from './calendarDay.js';

/**
 * The calendar day of `zone` that the instant `epochMs` falls on: the day an order placed then belongs to,
 * and, for the clock's now, "today" of the shop.
 *
 * @example dayContaining(Date.parse('2026-03-28T23:30:00Z'), ianaTimeZone('Europe/Berlin')).date
 * // => '2026-03-29' (00:30 in Berlin)
 */
export function dayContaining(epochMs: number, zone: TimeZone): CalendarDay {
  const wall = wallClockAt(epochMs, zone);
  return calendarDay(daysFromCivil(wall.year, wall.month, wall.day));
}
