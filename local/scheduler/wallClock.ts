/**
 * A local date and time as a wall clock in some time zone shows it, without the zone: the unit in which
 * `cron(...)` and `at(...)` expressions are written. Months are 1 to 12.
 */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** Whether `timeZone` is an IANA time zone name this runtime knows (`Intl` throws a RangeError otherwise). */
export function isTimeZone(timeZone: string): boolean {
  try {
    formatterFor(timeZone);
    return true;
  } catch {
    return false;
  }
}

/** The wall clock of `timeZone` at `instant` (whole seconds; milliseconds dropped). */
export function wallClockOf(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts.year ?? Number.NaN,
    month: parts.month ?? Number.NaN,
    day: parts.day ?? Number.NaN,
    hour: parts.hour ?? Number.NaN,
    minute: parts.minute ?? Number.NaN,
    second: parts.second ?? Number.NaN,
  };
}

/** `wall` read as if it were UTC, in epoch milliseconds: the arithmetic form of a wall clock. */
export function wallMillis(wall: WallClock): number {
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
}

/** The inverse of `wallMillis`. */
export function wallFromMillis(millis: number): WallClock {
  const date = new Date(millis);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

/** How far `timeZone` is ahead of UTC at `instantMillis`, in milliseconds. */
function offsetAt(instantMillis: number, timeZone: string): number {
  const whole = Math.floor(instantMillis / 1000) * 1000;
  return wallMillis(wallClockOf(new Date(whole), timeZone)) - whole;
}

const DAY = 86_400_000;

/**
 * Every instant at which `timeZone` shows `wall`, earliest first: one in the usual case, none when the
 * wall time falls in a gap (clocks moved forward), two when it falls in an overlap (clocks moved back).
 * Assumes at most one offset change within a day on either side of `wall`, which holds for every zone in
 * the tz database since 1970.
 */
export function instantsAt(wall: WallClock, timeZone: string): readonly Date[] {
  const local = wallMillis(wall);
  const offsets = new Set([
    offsetAt(local - DAY, timeZone),
    offsetAt(local, timeZone),
    offsetAt(local + DAY, timeZone),
  ]);
  const found = new Set<number>();
  for (const offset of offsets) {
    const candidate = local - offset;
    if (wallMillis(wallClockOf(new Date(candidate), timeZone)) === local) found.add(candidate);
  }
  return [...found].sort((a, b) => a - b).map((millis) => new Date(millis));
}

/**
 * The one instant a wall clock names, resolving a gap and an overlap the way `Temporal`'s `compatible`
 * disambiguation does: in an overlap the earlier instant; in a gap the wall time read with the offset in
 * force before the gap, which lands as far past the gap as `wall` was into it.
 */
export function instantOf(wall: WallClock, timeZone: string): Date {
  const [first] = instantsAt(wall, timeZone);
  if (first) return first;
  const local = wallMillis(wall);
  return new Date(local - offsetAt(local - DAY, timeZone));
}
