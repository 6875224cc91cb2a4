/**
 * An instant (`AWSDateTime`) as the reader writes dates, on the shop's wall clock (`timeZone`), e.g.
 * `Jul 1, 2026, 12:30 AM` for an en-US reader.
 *
 * @example
 * formatInstant('2026-06-30T22:30:00Z', 'Europe/Berlin', 'en-GB') // => '1 Jul 2026, 00:30'
 */
export function formatInstant(instant: string, timeZone: string, locale?: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(
    new Date(instant),
  );
}
