import { ianaTimeZone, instantOf, wallMillis } from '../../../../functions/lib/time/index.js';

/**
 * The instant, as an ISO string, that a `<input type="datetime-local">` value (`YYYY-MM-DDTHH:mm`) names
 * on the wall clocks of `timeZone`; null when the text is not such a value. A time that the clocks skip
 * (spring forward) is read with the offset before the change, as Temporal's `compatible` reads it.
 *
 * @example
 * instantOfLocal('2026-12-24T18:00', 'Europe/Berlin') // => '2026-12-24T17:00:00.000Z'
 */
export function instantOfLocal(value: string, timeZone: string): string | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value.trim());
  if (!match) return null;
  const [year, month, day, hour, minute] = match.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const wall = wallMillis({ year, month, day, hour, minute, second: 0 });
  // A day past the end of its month (02-30) carries into the next: refuse it instead.
  if (new Date(wall).getUTCDate() !== day) return null;
  return new Date(instantOf(wall, ianaTimeZone(timeZone))).toISOString();
}
