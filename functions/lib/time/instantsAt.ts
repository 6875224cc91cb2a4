import type { TimeZone } from './TimeZone.js';

const DAY_MS = 86_400_000;

/**
 * Every instant (epoch milliseconds, earliest first) at which `zone`'s wall clock reads `wallMs` (a wall
 * clock read as if it were UTC, as `wallMillis` gives it): one in the usual case, none when the wall time
 * falls in a gap (clocks moved forward), two when it falls in an overlap (clocks moved back). Assumes at
 * most one offset change within a day on either side of `wallMs`, which holds for every zone in the tz
 * database since 1970.
 */
export function instantsAt(wallMs: number, zone: TimeZone): readonly number[] {
  const offsets = new Set([
    zone.offsetAt(wallMs - DAY_MS),
    zone.offsetAt(wallMs),
    zone.offsetAt(wallMs + DAY_MS),
  ]);
  const found: number[] = [];
  for (const offset of offsets) {
    const candidate = wallMs - offset * 1000;
    if (zone.offsetAt(candidate) === offset) found.push(candidate);
  }
  return found.sort((a, b) => a - b);
}
