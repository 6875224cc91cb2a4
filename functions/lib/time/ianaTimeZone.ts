import type { TimeZone } from './TimeZone.js';

const zones = new Map<string, TimeZone>();

/**
 * The time zone `Intl` knows by `name` (an IANA name, matched as `Intl` matches it, case-insensitively),
 * with its offsets read from `Intl.DateTimeFormat` at any instant, years before 1 AD included. Throws
 * `Intl`'s RangeError for a name it does not know. Uses only `Intl` and `Date`, so it also runs inside the
 * AppSync sandbox, which has no Node APIs.
 */
export function ianaTimeZone(name: string): TimeZone {
  let zone = zones.get(name);
  if (!zone) {
    const formatter = new Intl.DateTimeFormat('en-US', {
      timeZone: name,
      hourCycle: 'h23',
      era: 'short',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    zone = { id: name, offsetAt: (epochMs) => offsetFromParts(formatter, epochMs) };
    zones.set(name, zone);
  }
  return zone;
}

/** The zone's offset at an instant: its wall-clock time read back as if it were UTC, minus the instant. */
function offsetFromParts(formatter: Intl.DateTimeFormat, epochMs: number): number {
  const wholeSecond = Math.floor(epochMs / 1000) * 1000;
  const fields = new Map<string, number>();
  let bc = false;
  for (const part of formatter.formatToParts(wholeSecond)) {
    if (part.type === 'era') bc = part.value.startsWith('B');
    else if (part.type !== 'literal') fields.set(part.type, Number(part.value));
  }
  const get = (type: string): number => fields.get(type) ?? 0;
  // setUTCFullYear, unlike Date.UTC, does not read years 0–99 as 1900–1999.
  const wall = new Date(0);
  wall.setUTCFullYear(bc ? 1 - get('year') : get('year'), get('month') - 1, get('day'));
  wall.setUTCHours(get('hour'), get('minute'), get('second'), 0);
  return Math.round((wall.getTime() - wholeSecond) / 1000);
}
