import { daysFromCivil } from '../../../../../functions/lib/time/index.js';
import { compilePattern } from './compilePattern.js';
import type { PatternToken } from './compilePattern.js';
import { DAYS, MONTHS } from './names.js';
import type { Zone } from './Zone.js';
import { zonedFields } from './zonedFields.js';
import type { ZonedFields } from './zonedFields.js';

/**
 * `epochMs` printed with a Java `DateTimeFormatter` pattern in `zone`, as `util.time.*Formatted` does
 * (https://docs.aws.amazon.com/appsync/latest/devguide/time-helpers-in-util-time-js.html). Supports the
 * letters G u y Y Q q M L w W d D E e c a h K k H m s S A n N V z O X x Z, quoted literals and optional
 * sections; names are English (`en_US`), week fields use the US week (Sunday first, minimal days 1).
 */
export function formatDateTime(epochMs: number, pattern: string, zone: Zone): string {
  return print(compilePattern(pattern), zonedFields(epochMs, zone));
}

function print(tokens: readonly PatternToken[], f: ZonedFields): string {
  let out = '';
  for (const token of tokens) {
    if (token.kind === 'literal') out += token.text;
    else if (token.kind === 'optional') out += print(token.tokens, f);
    else out += field(token.letter, token.count, f);
  }
  return out;
}

function field(letter: string, count: number, f: ZonedFields): string {
  switch (letter) {
    case 'G':
      return count === 4
        ? f.year > 0
          ? 'Anno Domini'
          : 'Before Christ'
        : f.year > 0
          ? count === 5
            ? 'A'
            : 'AD'
          : count === 5
            ? 'B'
            : 'BC';
    case 'y':
      return year(f.year > 0 ? f.year : 1 - f.year, count);
    case 'u':
      return year(f.year, count);
    case 'Y':
      return year(weekYear(f), count);
    case 'Q':
    case 'q':
      return text(
        Math.floor((f.month - 1) / 3) + 1,
        count,
        (q) => `Q${q}`,
        (q) => `${ordinal(q)} quarter`,
        String,
      );
    case 'M':
    case 'L':
      return text(
        f.month,
        count,
        (m) => MONTHS[m - 1]!.slice(0, 3),
        (m) => MONTHS[m - 1]!,
        (m) => MONTHS[m - 1]![0]!,
      );
    case 'd':
      return pad(f.day, count);
    case 'D':
      return pad(f.dayOfYear, count);
    case 'w':
      return pad(weekOfWeekYear(f), count);
    case 'W':
      return String(weekOfMonth(f));
    case 'E':
      return dayName(f.dayOfWeek, count < 4 ? 3 : count);
    case 'e':
    case 'c':
      return count <= 2 ? pad(localDayOfWeek(f), count) : dayName(f.dayOfWeek, count);
    case 'a':
      return f.hour < 12 ? 'AM' : 'PM';
    case 'H':
      return pad(f.hour, count);
    case 'k':
      return pad(f.hour === 0 ? 24 : f.hour, count);
    case 'K':
      return pad(f.hour % 12, count);
    case 'h':
      return pad(f.hour % 12 === 0 ? 12 : f.hour % 12, count);
    case 'm':
      return pad(f.minute, count);
    case 's':
      return pad(f.second, count);
    case 'S':
      return `${pad(f.millisecond, 3)}000000`.slice(0, count);
    case 'A':
      return pad(f.milliOfDay, count);
    case 'n':
      return pad(f.millisecond * 1_000_000, count);
    case 'N':
      return pad(f.milliOfDay * 1_000_000, count);
    case 'V':
      return f.zone.id;
    case 'z':
      return f.zone.nameAt(f.epochMs, count === 4 ? 'long' : 'short');
    case 'O':
      return localizedOffset(f.offsetSeconds, count === 4);
    case 'X':
      return f.offsetSeconds === 0 ? 'Z' : isoOffset(f.offsetSeconds, count);
    case 'x':
      return isoOffset(f.offsetSeconds, count);
    case 'Z':
      if (count <= 3) return isoOffset(f.offsetSeconds, 2);
      if (count === 4) return localizedOffset(f.offsetSeconds, true);
      return f.offsetSeconds === 0 ? 'Z' : isoOffset(f.offsetSeconds, 5);
    default:
      throw new Error(`Unknown pattern letter: ${letter}`);
  }
}

/** `yy` is the two last digits; other counts pad to at least `count` digits. */
function year(value: number, count: number): string {
  if (count === 2) return pad(((value % 100) + 100) % 100, 2);
  return value < 0 ? `-${pad(-value, count)}` : pad(value, count);
}

function text(
  value: number,
  count: number,
  short: (v: number) => string,
  full: (v: number) => string,
  narrow: (v: number) => string,
): string {
  if (count <= 2) return pad(value, count);
  if (count === 3) return short(value);
  return count === 4 ? full(value) : narrow(value);
}

function dayName(isoDay: number, count: number): string {
  const name = DAYS[isoDay - 1]!;
  if (count === 3) return name.slice(0, 3);
  return count === 4 ? name : name[0]!;
}

function ordinal(n: number): string {
  return n === 1 ? '1st' : n === 2 ? '2nd' : n === 3 ? '3rd' : `${n}th`;
}

/** The US week's day number: Sunday is 1. */
function localDayOfWeek(f: ZonedFields): number {
  return (f.dayOfWeek % 7) + 1;
}

/** The US week-based year: the year of the Saturday that ends the date's week. */
function weekYear(f: ZonedFields): number {
  const saturday = f.epochDay + (7 - localDayOfWeek(f));
  return saturday >= daysFromCivil(f.year + 1, 1, 1) ? f.year + 1 : f.year;
}

function weekOfWeekYear(f: ZonedFields): number {
  const jan1 = daysFromCivil(weekYear(f), 1, 1);
  const jan1Dow = ((((jan1 + 4) % 7) + 7) % 7) + 1; // US numbering: 1970-01-01 (day 0) was a Thursday (5)
  const firstSunday = jan1 - (jan1Dow - 1);
  return Math.floor((f.epochDay - firstSunday) / 7) + 1;
}

function weekOfMonth(f: ZonedFields): number {
  const first = f.epochDay - (f.day - 1);
  const firstDow = ((((first + 4) % 7) + 7) % 7) + 1;
  return Math.floor((f.day - 1 + (firstDow - 1)) / 7) + 1;
}

/** `X`/`x` (1–5 letters) and `Z` (2 = `+HHMM`, 5 = `+HH:MM:ss`), as Java prints them. */
function isoOffset(total: number, count: number): string {
  const sign = total < 0 ? '-' : '+';
  const abs = Math.abs(total);
  const hh = pad(Math.floor(abs / 3600), 2);
  const mm = pad(Math.floor(abs / 60) % 60, 2);
  const ss = abs % 60;
  switch (count) {
    case 1:
      return mm === '00' ? `${sign}${hh}` : `${sign}${hh}${mm}`;
    case 2:
      return `${sign}${hh}${mm}`;
    case 3:
      return `${sign}${hh}:${mm}`;
    case 4:
      return ss === 0 ? `${sign}${hh}${mm}` : `${sign}${hh}${mm}${pad(ss, 2)}`;
    default:
      return ss === 0 ? `${sign}${hh}:${mm}` : `${sign}${hh}:${mm}:${pad(ss, 2)}`;
  }
}

/** `O` (`GMT+8`, `GMT+5:30`) and `OOOO`/`ZZZZ` (`GMT+08:00`); `GMT` for zero. */
function localizedOffset(total: number, full: boolean): string {
  if (total === 0) return 'GMT';
  const sign = total < 0 ? '-' : '+';
  const abs = Math.abs(total);
  const hours = Math.floor(abs / 3600);
  const minutes = Math.floor(abs / 60) % 60;
  const seconds = abs % 60;
  if (full) {
    return `GMT${sign}${pad(hours, 2)}:${pad(minutes, 2)}${seconds === 0 ? '' : `:${pad(seconds, 2)}`}`;
  }
  if (minutes === 0 && seconds === 0) return `GMT${sign}${hours}`;
  return `GMT${sign}${hours}:${pad(minutes, 2)}${seconds === 0 ? '' : `:${pad(seconds, 2)}`}`;
}

function pad(value: number, width: number): string {
  const digits = String(value);
  return digits.length >= width ? digits : '0'.repeat(width - digits.length) + digits;
}
