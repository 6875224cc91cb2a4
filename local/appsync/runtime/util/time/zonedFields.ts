import { civilFromDays, daysFromCivil } from '../../../../../functions/lib/time/index.js';
import type { Zone } from './Zone.js';

const DAY_MS = 86_400_000;

/** An instant seen in a zone: the values the pattern letters print. */
export interface ZonedFields {
  readonly epochMs: number;
  readonly zone: Zone;
  readonly offsetSeconds: number;
  readonly year: number;
  /** 1–12. */
  readonly month: number;
  readonly day: number;
  /** 1–366. */
  readonly dayOfYear: number;
  /** ISO: 1 (Monday) – 7 (Sunday). */
  readonly dayOfWeek: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
  /** Milliseconds since local midnight. */
  readonly milliOfDay: number;
  /** The day number (days since 1970-01-01) of the local date. */
  readonly epochDay: number;
}

/** The local date and time of `epochMs` in `zone`. */
export function zonedFields(epochMs: number, zone: Zone): ZonedFields {
  if (!Number.isFinite(epochMs)) throw new Error(`Invalid epoch milliseconds: ${String(epochMs)}`);
  const ms = Math.trunc(epochMs);
  const offsetSeconds = zone.offsetAt(ms);
  const local = ms + offsetSeconds * 1000;
  const epochDay = Math.floor(local / DAY_MS);
  const milliOfDay = local - epochDay * DAY_MS;
  const { year, month, day } = civilFromDays(epochDay);
  return {
    epochMs: ms,
    zone,
    offsetSeconds,
    year,
    month,
    day,
    dayOfYear: epochDay - daysFromCivil(year, 1, 1) + 1,
    // 1970-01-01 was a Thursday (ISO 4).
    dayOfWeek: ((((epochDay + 3) % 7) + 7) % 7) + 1,
    hour: Math.floor(milliOfDay / 3_600_000),
    minute: Math.floor(milliOfDay / 60_000) % 60,
    second: Math.floor(milliOfDay / 1000) % 60,
    millisecond: milliOfDay % 1000,
    milliOfDay,
    epochDay,
  };
}
