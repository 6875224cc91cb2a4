import { civilFromDays } from '../lib/time/index.js';

/**
 * A calendar day of the shop's time zone, as reports name it: `date` is its `YYYY-MM-DD` (the report's
 * key and `SalesReport.date`), `dayNumber` its place in the proleptic Gregorian calendar (days since
 * 1970-01-01), for arithmetic ("yesterday", "92 days").
 */
export interface CalendarDay {
  readonly date: string;
  readonly dayNumber: number;
}

/**
 * The calendar day of a day number.
 *
 * @example calendarDay(20_541) // => { date: '2026-03-29', dayNumber: 20541 }
 */
export function calendarDay(dayNumber: number): CalendarDay {
  const { year, month, day } = civilFromDays(dayNumber);
  const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return { date, dayNumber };
}
