import { daysFromCivil, daysInMonth, instantOf } from '../../../../../functions/lib/time/index.js';
import { compilePattern } from './compilePattern.js';
import type { PatternToken } from './compilePattern.js';
import { DAYS, MONTHS } from './names.js';
import { parseOffsetId, resolveZone } from './resolveZone.js';
import type { Zone } from './Zone.js';

interface Parsed {
  year?: number;
  month?: number;
  day?: number;
  dayOfYear?: number;
  hourOfDay?: number;
  hourOfAmPm?: number;
  pm?: boolean;
  minute?: number;
  second?: number;
  nanos?: number;
  offsetSeconds?: number;
  zone?: Zone;
}

interface State {
  readonly text: string;
  pos: number;
  parsed: Parsed;
}

const NUMERIC = new Set([
  'u',
  'y',
  'Y',
  'M',
  'L',
  'd',
  'D',
  'H',
  'k',
  'K',
  'h',
  'm',
  's',
  'S',
  'Q',
  'q',
  'w',
  'W',
  'e',
  'c',
]);

/**
 * Reads `text` with a Java `DateTimeFormatter` pattern and answers its instant in epoch milliseconds,
 * as `util.time.parseFormattedToEpochMilliSeconds` does. An offset or zone in the text wins over
 * `zone`. Like Java's SMART resolver, a day past the end of its month is moved to the month's last
 * day. Throws, naming the index, when the text does not match the pattern.
 */
export function parseDateTime(text: string, pattern: string, zone: Zone): number {
  if (typeof text !== 'string') throw new Error(`Text '${String(text)}' could not be parsed`);
  const state: State = { text, pos: 0, parsed: {} };
  if (!parseTokens(compilePattern(pattern), state)) {
    throw new Error(`Text '${text}' could not be parsed at index ${state.pos}`);
  }
  if (state.pos !== text.length) {
    throw new Error(`Text '${text}' could not be parsed, unparsed text found at index ${state.pos}`);
  }
  return resolve(state.parsed, text, zone);
}

function parseTokens(tokens: readonly PatternToken[], state: State): boolean {
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (token.kind === 'literal') {
      if (!state.text.startsWith(token.text, state.pos)) return false;
      state.pos += token.text.length;
    } else if (token.kind === 'optional') {
      const saved = { pos: state.pos, parsed: { ...state.parsed } };
      if (!parseTokens(token.tokens, state)) {
        state.pos = saved.pos;
        state.parsed = saved.parsed;
      }
    } else if (!parseField(token.letter, token.count, state, reservedWidth(tokens, i + 1))) {
      return false;
    }
  }
  return true;
}

/** Digits that fixed-width numeric fields right after a variable-width one need ("adjacent value parsing"). */
function reservedWidth(tokens: readonly PatternToken[], from: number): number {
  let width = 0;
  for (let i = from; i < tokens.length; i += 1) {
    const token = tokens[i]!;
    if (token.kind !== 'field' || !NUMERIC.has(token.letter) || !isFixedWidth(token.letter, token.count))
      break;
    width += token.count;
  }
  return width;
}

function isFixedWidth(letter: string, count: number): boolean {
  if (letter === 'S') return true;
  if (letter === 'y' || letter === 'u' || letter === 'Y') return count === 2;
  if ((letter === 'M' || letter === 'L' || letter === 'Q' || letter === 'q') && count > 2) return false;
  return count >= 2;
}

function parseField(letter: string, count: number, state: State, reserved: number): boolean {
  const p = state.parsed;
  switch (letter) {
    case 'y':
    case 'u':
    case 'Y': {
      if (count === 2) {
        const yy = digits(state, 2, 2);
        if (yy === null) return false;
        p.year = 2000 + yy; // Java's reduced two-digit year: base 2000, so 2000–2099
        return true;
      }
      const sign = letter === 'u' && state.text[state.pos] === '-' ? -1 : 1;
      if (sign === -1) state.pos += 1;
      const value = digits(state, count, 19, reserved);
      if (value === null) return false;
      p.year = sign * value;
      return true;
    }
    case 'M':
    case 'L':
      if (count >= 3) {
        const index = names(
          state,
          MONTHS.map((m) => (count === 3 ? m.slice(0, 3) : count === 4 ? m : m[0]!)),
        );
        if (index === null) return false;
        p.month = index + 1;
        return true;
      }
      return number(state, count, reserved, (v) => (p.month = v));
    case 'd':
      return number(state, count, reserved, (v) => (p.day = v));
    case 'D':
      return number(state, count, reserved, (v) => (p.dayOfYear = v));
    case 'H':
      return number(state, count, reserved, (v) => (p.hourOfDay = v));
    case 'k':
      return number(state, count, reserved, (v) => (p.hourOfDay = v === 24 ? 0 : v));
    case 'h':
      return number(state, count, reserved, (v) => (p.hourOfAmPm = v === 12 ? 0 : v));
    case 'K':
      return number(state, count, reserved, (v) => (p.hourOfAmPm = v));
    case 'm':
      return number(state, count, reserved, (v) => (p.minute = v));
    case 's':
      return number(state, count, reserved, (v) => (p.second = v));
    case 'S': {
      const start = state.pos;
      const value = digits(state, count, count);
      if (value === null) return false;
      p.nanos = Number(state.text.slice(start, state.pos).padEnd(9, '0'));
      return true;
    }
    case 'a': {
      const index = names(state, ['AM', 'PM']);
      if (index === null) return false;
      p.pm = index === 1;
      return true;
    }
    case 'E':
      return (
        names(
          state,
          DAYS.map((d) => (count <= 3 ? d.slice(0, 3) : count === 4 ? d : d[0]!)),
        ) !== null
      );
    case 'e':
    case 'c':
      return count <= 2
        ? number(state, count, reserved, () => undefined)
        : names(
            state,
            DAYS.map((d) => (count === 3 ? d.slice(0, 3) : count === 4 ? d : d[0]!)),
          ) !== null;
    case 'G':
      return names(state, count === 4 ? ['Anno Domini', 'Before Christ'] : ['AD', 'BC']) !== null;
    case 'X':
    case 'x':
    case 'Z':
    case 'O':
      return offset(
        state,
        letter === 'X' || (letter === 'Z' && count === 5),
        letter === 'O' || (letter === 'Z' && count === 4),
      );
    case 'V':
    case 'z':
      return zoneId(state);
    default:
      throw new Error(`Pattern letter ${letter} cannot be parsed`);
  }
}

function number(state: State, count: number, reserved: number, set: (value: number) => unknown): boolean {
  const value = count >= 2 ? digits(state, count, count) : digits(state, 1, 19, reserved);
  if (value === null) return false;
  set(value);
  return true;
}

/** Reads `min`–`max` ASCII digits, leaving `reserved` of a longer run to the fields that follow. */
function digits(state: State, min: number, max: number, reserved = 0): number | null {
  let end = state.pos;
  while (end < state.text.length && end - state.pos < max && isDigit(state.text.charCodeAt(end))) end += 1;
  if (reserved > 0) {
    let run = end;
    while (run < state.text.length && isDigit(state.text.charCodeAt(run))) run += 1;
    end = Math.min(end, Math.max(state.pos + min, run - reserved));
  }
  if (end - state.pos < min) return null;
  const value = Number(state.text.slice(state.pos, end));
  state.pos = end;
  return value;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** Reads the longest of `candidates` (case-sensitive, as Java's default); answers its index. */
function names(state: State, candidates: readonly string[]): number | null {
  let best: number | null = null;
  candidates.forEach((candidate, index) => {
    if (
      state.text.startsWith(candidate, state.pos) &&
      (best === null || candidate.length > candidates[best]!.length)
    ) {
      best = index;
    }
  });
  if (best !== null) state.pos += candidates[best]!.length;
  return best;
}

/** An offset such as `Z`, `+08`, `+0800`, `+08:00`, `+08:00:30`, or `GMT+8` for the localized forms. */
function offset(state: State, acceptZ: boolean, localized: boolean): boolean {
  const rest = state.text.slice(state.pos);
  if (localized) {
    if (!rest.startsWith('GMT')) return false;
    const match = /^[+-]\d{1,2}(?::\d{2}(?::\d{2})?)?/.exec(rest.slice(3));
    state.pos += 3 + (match ? match[0].length : 0);
    state.parsed.offsetSeconds = match ? parseOffsetId(match[0])! : 0;
    return true;
  }
  if (rest.startsWith('Z') && acceptZ) {
    state.pos += 1;
    state.parsed.offsetSeconds = 0;
    return true;
  }
  const match = /^[+-]\d{2}(?::?\d{2}(?::?\d{2})?)?/.exec(rest);
  if (!match) return false;
  const seconds = parseOffsetId(match[0]);
  if (seconds === null) return false;
  state.pos += match[0].length;
  state.parsed.offsetSeconds = seconds;
  return true;
}

function zoneId(state: State): boolean {
  const match =
    /^[A-Za-z][A-Za-z0-9~/._+-]*/.exec(state.text.slice(state.pos)) ??
    /^[+-][0-9:]+/.exec(state.text.slice(state.pos));
  if (!match) return false;
  try {
    state.parsed.zone = resolveZone(match[0]);
  } catch {
    return false;
  }
  state.pos += match[0].length;
  return true;
}

function resolve(p: Parsed, text: string, zone: Zone): number {
  const fail = (why: string): never => {
    throw new Error(`Text '${text}' could not be parsed: ${why}`);
  };
  // A pattern without a date reads as 1970-01-01 and one without a time as midnight (assumed lenience).
  const year = p.year ?? 1970;
  let month = p.month ?? 1;
  let day = p.day ?? 1;
  if (p.dayOfYear !== undefined && p.month === undefined && p.day === undefined) {
    const length = daysFromCivil(year + 1, 1, 1) - daysFromCivil(year, 1, 1);
    if (p.dayOfYear < 1 || p.dayOfYear > length) fail(`Invalid value for DayOfYear: ${p.dayOfYear}`);
    const date = new Date(0);
    date.setUTCFullYear(year, 0, p.dayOfYear);
    month = date.getUTCMonth() + 1;
    day = date.getUTCDate();
  }
  if (month < 1 || month > 12) fail(`Invalid value for MonthOfYear: ${month}`);
  if (day < 1 || day > 31) fail(`Invalid value for DayOfMonth: ${day}`);
  day = Math.min(day, daysInMonth(year, month));
  let hour = p.hourOfDay ?? 0;
  if (p.hourOfAmPm !== undefined) {
    if (p.hourOfAmPm > 11) fail(`Invalid value for HourOfAmPm: ${p.hourOfAmPm}`);
    hour = p.hourOfAmPm + (p.pm ? 12 : 0);
  } else if (p.pm !== undefined && p.hourOfDay !== undefined && p.pm !== p.hourOfDay >= 12) {
    fail(`Conflict found: AmPmOfDay differs from HourOfDay ${p.hourOfDay}`);
  }
  const minute = p.minute ?? 0;
  const second = p.second ?? 0;
  if (hour > 23) fail(`Invalid value for HourOfDay: ${hour}`);
  if (minute > 59) fail(`Invalid value for MinuteOfHour: ${minute}`);
  if (second > 59) fail(`Invalid value for SecondOfMinute: ${second}`);
  const localMs =
    daysFromCivil(year, month, day) * 86_400_000 +
    ((hour * 60 + minute) * 60 + second) * 1000 +
    Math.floor((p.nanos ?? 0) / 1_000_000);
  if (p.offsetSeconds !== undefined) return localMs - p.offsetSeconds * 1000;
  // In a DST gap the time moves later by the gap's length and in an overlap the earlier offset is kept,
  // as in Java's ZonedDateTime.of.
  return instantOf(localMs, p.zone ?? zone);
}
