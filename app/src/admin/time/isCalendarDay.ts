import type { CalendarDay } from './CalendarDay.js';

/**
 * Whether `text` is a real calendar day written `YYYY-MM-DD` (2026-02-30 is not).
 *
 * @example
 * isCalendarDay('2026-02-28') // => true
 */
export function isCalendarDay(text: string): text is CalendarDay {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}
