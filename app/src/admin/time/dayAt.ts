import { ianaTimeZone, wallClockAt } from '../../../../functions/lib/time/index.js';
import type { CalendarDay } from './CalendarDay.js';

const pad = (value: number, width = 2): string => String(value).padStart(width, '0');

/**
 * The calendar day and wall-clock time of `timeZone` at the instant `epochMs`: what a clock on the wall
 * of the shop shows, written for `<input type="date">` and `<input type="datetime-local">`.
 *
 * @example
 * dayAt(Date.parse('2026-06-30T22:30:00Z'), 'Europe/Berlin') // => { day: '2026-07-01', time: '00:30' }
 */
export function dayAt(
  epochMs: number,
  timeZone: string,
): { readonly day: CalendarDay; readonly time: string } {
  const wall = wallClockAt(epochMs, ianaTimeZone(timeZone));
  return {
    day: `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`,
    time: `${pad(wall.hour)}:${pad(wall.minute)}`,
  };
}
