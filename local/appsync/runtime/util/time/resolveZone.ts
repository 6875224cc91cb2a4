import type { Zone } from './Zone.js';
import { formatOffsetId } from './formatOffsetId.js';

/** The zone AppSync uses when a `util.time` call names none: UTC. */
export const UTC_ZONE: Zone = fixedRegion('UTC', 0);

const OFFSET = /^([+-])(\d{1,2})(?::?(\d{2})(?::?(\d{2}))?)?$/;
const PREFIXED = /^(UTC|GMT|UT)([+-].*)$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

/**
 * The zone for an id, read as Java's `ZoneId.of` reads it: `Z` and `+8`, `+08:00`, `-0700`, `-07:00:30`
 * are fixed offsets; `UTC`, `GMT`, `UT` and those followed by an offset are fixed regions; anything
 * else must be an IANA zone known to `Intl`. Throws, as Java does, for an id it cannot read.
 */
export function resolveZone(id: string | undefined | null): Zone {
  if (id === undefined || id === null) return UTC_ZONE;
  if (typeof id !== 'string') throw new Error(`Invalid time-zone ID: ${String(id)}`);
  if (id === 'Z') return fixedOffset(0);
  const offset = parseOffsetId(id);
  if (offset !== null) return fixedOffset(offset);
  if (id === 'UTC' || id === 'GMT' || id === 'UT') return fixedRegion(id, 0);
  const prefixed = PREFIXED.exec(id);
  if (prefixed) {
    const seconds = parseOffsetId(prefixed[2]!);
    if (seconds === null) throw new Error(`Invalid ID for offset-based ZoneId: ${id}`);
    return fixedRegion(seconds === 0 ? prefixed[1]! : `${prefixed[1]!}${formatOffsetId(seconds)}`, seconds);
  }
  return region(id);
}

/** Seconds of an offset written `+h`, `+hh`, `+hh:mm`, `+hhmm`, `+hh:mm:ss` or `+hhmmss`; null if not one. */
export function parseOffsetId(text: string): number | null {
  const match = OFFSET.exec(text);
  if (!match) return null;
  const hours = Number(match[2]);
  const minutes = Number(match[3] ?? 0);
  const seconds = Number(match[4] ?? 0);
  // ZoneOffset accepts at most ±18:00 and minutes/seconds below 60.
  if (hours > 18 || minutes > 59 || seconds > 59) return null;
  const total = hours * 3600 + minutes * 60 + seconds;
  if (total > 18 * 3600) return null;
  return match[1] === '-' ? -total : total;
}

function fixedOffset(seconds: number): Zone {
  const id = formatOffsetId(seconds);
  return { id, offsetAt: () => seconds, nameAt: () => id };
}

function fixedRegion(id: string, seconds: number): Zone {
  return {
    id,
    offsetAt: () => seconds,
    nameAt: (_epochMs, style) => (style === 'long' && seconds === 0 ? 'Coordinated Universal Time' : id),
  };
}

function region(id: string): Zone {
  const formatter = formatterFor(id);
  const resolved = formatter.resolvedOptions().timeZone;
  // Intl matches ids case-insensitively; Java's ZoneId.of does not. (An alias such as Asia/Calcutta
  // resolves to another id and is kept as written, as Java keeps it.)
  if (resolved !== id && resolved.toLowerCase() === id.toLowerCase()) {
    throw new Error(`Unknown time-zone ID: ${id}`);
  }
  return {
    id,
    offsetAt: (epochMs) => offsetFromParts(formatter, epochMs),
    nameAt: (epochMs, style) => {
      const key = `${id}\u0000${style}`;
      let names = formatters.get(key);
      if (!names) {
        names = new Intl.DateTimeFormat('en-US', { timeZone: id, timeZoneName: style });
        formatters.set(key, names);
      }
      return names.formatToParts(epochMs).find((part) => part.type === 'timeZoneName')?.value ?? id;
    },
  };
}

function formatterFor(id: string): Intl.DateTimeFormat {
  let formatter = formatters.get(id);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat('en-US', {
        timeZone: id,
        hourCycle: 'h23',
        era: 'short',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      throw new Error(`Unknown time-zone ID: ${id}`);
    }
    formatters.set(id, formatter);
  }
  return formatter;
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
  const wall = new Date(0);
  wall.setUTCFullYear(bc ? 1 - get('year') : get('year'), get('month') - 1, get('day'));
  wall.setUTCHours(get('hour'), get('minute'), get('second'), 0);
  return Math.round((wall.getTime() - wholeSecond) / 1000);
}
