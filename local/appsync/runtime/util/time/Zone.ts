/**
 * A time zone as Java's `ZoneId` sees it: a fixed offset (`ZoneOffset`, id `+08:00` or `Z`) or a region
 * (`UTC`, `GMT+08:00`, `Australia/Perth`) whose offsets come from the IANA database through `Intl`.
 */
export interface Zone {
  /** The normalised id, as Java's `ZoneId.getId()` prints it (`VV`). */
  readonly id: string;
  /** The offset from UTC, in seconds, at the instant `epochMs`. */
  offsetAt(epochMs: number): number;
  /** The zone's name at `epochMs` (`z` when `style` is 'short', `zzzz` when 'long'). */
  nameAt(epochMs: number, style: 'short' | 'long'): string;
}
