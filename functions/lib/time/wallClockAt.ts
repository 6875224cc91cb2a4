import type { TimeZone } from './TimeZone.js';
import type { WallClock } from './WallClock.js';
import { wallFromMillis } from './wallFromMillis.js';

/** The wall clock of `zone` at the instant `epochMs`, to the second (milliseconds dropped). */
export function wallClockAt(epochMs: number, zone: TimeZone): WallClock {
  return wallFromMillis(epochMs + zone.offsetAt(epochMs) * 1000);
}
