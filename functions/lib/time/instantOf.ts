import { instantsAt } from './instantsAt.js';
import type { TimeZone } from './TimeZone.js';

const DAY_MS = 86_400_000;

/**
 * The one instant (epoch milliseconds) that `wallMs` (a wall clock read as if it were UTC) names in
 * `zone`, a gap or an overlap resolved as Java's `ZonedDateTime.of` and `Temporal`'s `compatible`
 * disambiguation resolve them: in an overlap the earlier instant; in a gap the wall time read with the
 * offset in force before the gap, which lands as far past the gap as `wallMs` was into it.
 *
 * The bounds of a calendar day are `instantOf` its 00:00 and the next day's: 23 or 25 hours apart on the
 * days clocks change. Where a gap starts at midnight, 00:00 resolves to the end of the gap, the day's
 * first instant.
 */
export function instantOf(wallMs: number, zone: TimeZone): number {
  const [first] = instantsAt(wallMs, zone);
  return first ?? wallMs - zone.offsetAt(wallMs - DAY_MS) * 1000;
}
