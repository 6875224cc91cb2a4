import { daysFromCivil, daysInMonth } from '../lib/time/index.js';
import type { CalendarDay } from './calendarDay.js';
import { invalidArgument } from './ReportError.js';

const PLAIN_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A date argument as a calendar day of the shop's time zone. AppSync's `AWSDate` also admits a time zone
 * offset (`2026-03-29Z`, `2026-03-29+05:30`) and years beyond four digits; a report's day is a day of the
 * shop's zone, which an offset would contradict, so only a plain `YYYY-MM-DD` naming a real date is
 * taken. Anything else is a `ValidationError` on `field`.
 *
 * @example parseCalendarDay('date', '2026-03-29') // => { date: '2026-03-29', dayNumber: 20541 }
 */
export function parseCalendarDay(field: string, value: string): CalendarDay {
  const match = PLAIN_DATE.exec(value);
  const [year, month, day] = [1, 2, 3].map((group) => Number(match?.[group])) as [number, number, number];
  if (!match || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) {
    throw invalidArgument(
      field,
      `must be a day of the shop's time zone written YYYY-MM-DD, without a time zone offset; got ${JSON.stringify(value)}`,
    );
  }
  return { date: value, dayNumber: daysFromCivil(year, month, day) };
}
