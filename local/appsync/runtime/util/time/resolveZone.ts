import { ianaTimeZone } from '../../../../../functions/lib/time/index.js';
import type { TimeZone } from '../../../../../functions/lib/time/index.js';
import type { Zone } from './Zone.js';
import { formatOffsetId } from './formatOffsetId.js';

/** The zone AppSync uses when a `util.time` call names none: UTC. */
export const UTC_ZONE: Zone = fixedRegion('UTC', 0);

const OFFSET = /^([+-])(\d{1,2})(?::?(\d{2})(?::?(\d{2}))?)?$/;
const PREFIXED = /^(UTC|GMT|UT)([+-].*)$/;
const regions = new Map<string, Zone>();
const nameFormatters = new Map<string, Intl.DateTimeFormat>();

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
  const cached = regions.get(id);
  if (cached) return cached;
  let offsets: TimeZone;
  try {
    offsets = ianaTimeZone(id);
  } catch {
    throw new Error(`Unknown time-zone ID: ${id}`);
  }
  const resolved = new Intl.DateTimeFormat('en-US', { timeZone: id }).resolvedOptions().timeZone;
  // Intl matches ids case-insensitively; Java's ZoneId.of does not. (An alias such as Asia/Calcutta
  // resolves to another id and is kept as written, as Java keeps it.)
  if (resolved !== id && resolved.toLowerCase() === id.toLowerCase()) {
    throw new Error(`Unknown time-zone ID: ${id}`);
  }
  const zone: Zone = {
    id,
    offsetAt: (epochMs) => offsets.offsetAt(epochMs),
    nameAt: (epochMs, style) => {
      const key = `${id}\u0000${style}`;
      let names = nameFormatters.get(key);
      if (!names) {
        names = new Intl.DateTimeFormat('en-US', { timeZone: id, timeZoneName: style });
        nameFormatters.set(key, names);
      }
      return names.formatToParts(epochMs).find((part) => part.type === 'timeZoneName')?.value ?? id;
    },
  };
  regions.set(id, zone);
  return zone;
}
