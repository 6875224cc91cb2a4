import { daysFromCivil } from './daysFromCivil.js';
import type { WallClock } from './WallClock.js';

/**
 * `wall` read as if it were UTC, in milliseconds since 1970-01-01T00:00: the arithmetic form of a wall
 * clock, which `instantsAt` and `instantOf` take and `wallFromMillis` reverses. Exact for every year
 * (`Date.UTC` reads years 0–99 as 1900–1999). A day past the end of its month, and hours, minutes and
 * seconds past theirs, carry over into the next.
 */
export function wallMillis(wall: WallClock): number {
  return (
    daysFromCivil(wall.year, wall.month, wall.day) * 86_400_000 +
    ((wall.hour * 60 + wall.minute) * 60 + wall.second) * 1000
  );
}
