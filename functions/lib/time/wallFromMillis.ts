import { civilFromDays } from './civilFromDays.js';
import type { WallClock } from './WallClock.js';

const DAY_MS = 86_400_000;

/** The wall clock that `wallMs` (a wall clock read as if it were UTC) names, milliseconds dropped. */
export function wallFromMillis(wallMs: number): WallClock {
  const days = Math.floor(wallMs / DAY_MS);
  const msOfDay = wallMs - days * DAY_MS;
  const { year, month, day } = civilFromDays(days);
  return {
    year,
    month,
    day,
    hour: Math.floor(msOfDay / 3_600_000),
    minute: Math.floor(msOfDay / 60_000) % 60,
    second: Math.floor(msOfDay / 1000) % 60,
  };
}
