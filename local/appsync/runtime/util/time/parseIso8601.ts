import { daysFromCivil, daysInMonth } from '../../../../../functions/lib/time/index.js';
import { parseOffsetId } from './resolveZone.js';

const ISO =
  /^([+-]?\d{4,9})-(\d{2})-(\d{2})(?:[Tt](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?)?(Z|z|[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?)?(?:\[[^\]]+\])?$/;

/**
 * The epoch milliseconds of an ISO 8601 timestamp such as `2018-02-01T17:21:05.180+08:00`, as
 * `util.time.parseISO8601ToEpochMilliSeconds` answers (example in
 * https://docs.aws.amazon.com/appsync/latest/devguide/time-helpers-in-util-time.html). A timestamp
 * without an offset, or a date alone, is read as UTC (assumed). Throws for anything else.
 */
export function parseIso8601(text: string): number {
  const match = typeof text === 'string' ? ISO.exec(text) : null;
  if (!match) throw new Error(`Text '${String(text)}' could not be parsed as an ISO 8601 timestamp`);
  const [, y, mo, d, h = '0', mi = '0', s = '0', fraction = '', zone] = match;
  const year = Number(y);
  const month = Number(mo);
  const day = Number(d);
  const hour = Number(h);
  const minute = Number(mi);
  const second = Number(s);
  if (
    month < 1 ||
    month > 12 ||
    day < 1 ||
    day > daysInMonth(year, month) ||
    hour > 23 ||
    minute > 59 ||
    second > 59
  ) {
    throw new Error(`Text '${text}' could not be parsed: a field is out of range`);
  }
  const offsetSeconds = zone === undefined || zone === 'Z' || zone === 'z' ? 0 : parseOffsetId(zone);
  if (offsetSeconds === null) throw new Error(`Text '${text}' could not be parsed: invalid offset ${zone}`);
  const millis = Number(fraction.padEnd(3, '0').slice(0, 3));
  return (
    daysFromCivil(year, month, day) * 86_400_000 +
    ((hour * 60 + minute) * 60 + second) * 1000 +
    millis -
    offsetSeconds * 1000
  );
}
