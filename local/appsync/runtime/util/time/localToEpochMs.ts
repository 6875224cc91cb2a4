import type { Zone } from './Zone.js';

const DAY_MS = 86_400_000;

/**
 * The instant of a local date-time (`localMs`: the wall clock read as if it were UTC) in `zone`, as
 * Java's `ZonedDateTime.of` resolves it: in an overlap the earlier offset is kept, and a time in a gap
 * is moved later by the length of the gap.
 */
export function localToEpochMs(localMs: number, zone: Zone): number {
  const before = zone.offsetAt(localMs - DAY_MS) * 1000;
  const after = zone.offsetAt(localMs + DAY_MS) * 1000;
  const valid = [before, after]
    .map((offset) => localMs - offset)
    .filter((instant) => zone.offsetAt(instant) * 1000 === localMs - instant);
  if (valid.length > 0) return Math.min(...valid);
  return localMs - before;
}
