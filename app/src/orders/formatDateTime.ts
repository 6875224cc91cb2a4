/**
 * A moment (ISO 8601, UTC) for display in the reader's locale and time zone, e.g. `7 Dec 2026, 10:15`.
 *
 * @example
 * formatDateTime('2026-12-07T09:15:00.000Z', 'en-GB', 'Europe/Berlin') // => '7 Dec 2026, 10:15'
 */
export function formatDateTime(iso: string, locale?: string, timeZone?: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}
