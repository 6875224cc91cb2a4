import type { TimeZone } from '../../../../../functions/lib/time/index.js';

/**
 * A time zone as Java's `ZoneId` sees it: a fixed offset (`ZoneOffset`, id `+08:00` or `Z`) or a region
 * (`UTC`, `GMT+08:00`, `Australia/Perth`) whose offsets come from the IANA database through the shared
 * engine (`functions/lib/time`). What Java adds to the engine's zone is the normalised id and the names
 * `z` prints.
 */
export interface Zone extends TimeZone {
  /** The normalised id, as Java's `ZoneId.getId()` prints it (`VV`). */
  readonly id: string;
  /** The zone's name at `epochMs` (`z` when `style` is 'short', `zzzz` when 'long'). */
  nameAt(epochMs: number, style: 'short' | 'long'): string;
}
