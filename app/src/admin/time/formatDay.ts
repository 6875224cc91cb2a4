import type { CalendarDay } from './CalendarDay.js';

/**
 * A calendar day for the reader, e.g. `Wed, Jul 1` (`short`, for a chart's axis) or `Wednesday, July 1,
 * 2026` (`long`). A calendar day has no time zone: it is formatted as the UTC day it names.
 *
 * @example
 * formatDay('2026-07-01', 'long', 'en-US') // => 'Wednesday, July 1, 2026'
 */
export function formatDay(day: CalendarDay, style: 'short' | 'long', locale?: string): string {
  const options: Intl.DateTimeFormatOptions =
    style === 'long'
      ? { dateStyle: 'full', timeZone: 'UTC' }
      : { month: 'short', day: 'numeric', timeZone: 'UTC' };
  return new Intl.DateTimeFormat(locale, options).format(new Date(`${day}T00:00:00Z`));
}
