/**
 * The six fields of an EventBridge Scheduler `cron(...)` expression, parsed. Field syntax as AWS documents
 * it (https://docs.aws.amazon.com/scheduler/latest/UserGuide/schedule-types.html#cron-based, and the
 * EventBridge "cron expressions" reference it links to):
 *
 * | field        | values                 | wildcards      |
 * | ------------ | ---------------------- | -------------- |
 * | minutes      | 0-59                   | , - * /        |
 * | hours        | 0-23                   | , - * /        |
 * | day-of-month | 1-31                   | , - * ? / L W  |
 * | month        | 1-12 or JAN-DEC        | , - * /        |
 * | day-of-week  | 1-7 or SUN-SAT (1=SUN) | , - * ? L #    |
 * | year         | 1970-2199              | , - * /        |
 *
 * Exactly one of day-of-month and day-of-week is `?`.
 */
export interface CronSpec {
  /** Allowed values, ascending. */
  readonly minutes: readonly number[];
  readonly hours: readonly number[];
  /** Undefined when the field is `?`; a day matches when any rule does. */
  readonly daysOfMonth?: readonly DayOfMonthRule[];
  readonly months: readonly number[];
  /** Undefined when the field is `?`; a day matches when any rule does. */
  readonly daysOfWeek?: readonly DayOfWeekRule[];
  readonly years: readonly number[];
}

export type DayOfMonthRule =
  | { readonly kind: 'day'; readonly day: number }
  /** `L`: the last day of the month. */
  | { readonly kind: 'last' }
  /** `LW`: the last weekday (Monday to Friday) of the month. */
  | { readonly kind: 'lastWeekday' }
  /** `nW`: the weekday nearest to day n, without leaving the month. */
  | { readonly kind: 'nearestWeekday'; readonly day: number };

/** Weekdays are numbered as AWS does: 1 = Sunday ... 7 = Saturday. */
export type DayOfWeekRule =
  | { readonly kind: 'weekday'; readonly weekday: number }
  /** `nL`: the last such weekday of the month (`6L`: the last Friday). */
  | { readonly kind: 'lastInMonth'; readonly weekday: number }
  /** `d#n`: the n-th such weekday of the month (`3#2`: the second Tuesday). */
  | { readonly kind: 'nthInMonth'; readonly weekday: number; readonly n: number };

export const MIN_YEAR = 1970;
export const MAX_YEAR = 2199;

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const WEEKDAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface FieldRange {
  readonly name: string;
  readonly min: number;
  readonly max: number;
  /** Names of the values from `min` upwards (months, weekdays). */
  readonly names?: readonly string[];
  readonly steps: boolean;
}

const MINUTE: FieldRange = { name: 'minutes', min: 0, max: 59, steps: true };
const HOUR: FieldRange = { name: 'hours', min: 0, max: 23, steps: true };
const DAY_OF_MONTH: FieldRange = { name: 'day-of-month', min: 1, max: 31, steps: true };
const MONTH: FieldRange = { name: 'month', min: 1, max: 12, names: MONTHS, steps: true };
const DAY_OF_WEEK: FieldRange = { name: 'day-of-week', min: 1, max: 7, names: WEEKDAYS, steps: false };
const YEAR: FieldRange = { name: 'year', min: MIN_YEAR, max: MAX_YEAR, steps: true };

/**
 * Parses the six whitespace-separated fields inside `cron(...)`. Throws a `SyntaxError` naming the
 * offending field when the text is not a valid AWS cron expression.
 */
export function parseCron(fields: string): CronSpec {
  const parts = fields.split(/\s+/);
  if (parts.length !== 6) throw new SyntaxError(`a cron expression has 6 fields, not ${parts.length}`);
  const [minutes, hours, dayOfMonth, month, dayOfWeek, year] = parts as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  if ((dayOfMonth === '?') === (dayOfWeek === '?')) {
    throw new SyntaxError('exactly one of day-of-month and day-of-week must be ?');
  }
  return {
    minutes: parseValuesField(minutes, MINUTE),
    hours: parseValuesField(hours, HOUR),
    ...(dayOfMonth !== '?' && {
      daysOfMonth: listItems(dayOfMonth, DAY_OF_MONTH).flatMap(parseDayOfMonthItem),
    }),
    months: parseValuesField(month, MONTH),
    ...(dayOfWeek !== '?' && { daysOfWeek: listItems(dayOfWeek, DAY_OF_WEEK).flatMap(parseDayOfWeekItem) }),
    years: parseValuesField(year, YEAR),
  };
}

function listItems(field: string, range: FieldRange): string[] {
  const items = field.split(',');
  if (items.some((item) => item === '')) throw new SyntaxError(`empty list item in ${range.name}`);
  return items;
}

function parseValuesField(field: string, range: FieldRange): readonly number[] {
  const values = new Set(listItems(field, range).flatMap((item) => parseValues(item, range)));
  return [...values].sort((a, b) => a - b);
}

function parseDayOfMonthItem(item: string): DayOfMonthRule[] {
  if (item === 'L') return [{ kind: 'last' }];
  if (item === 'LW') return [{ kind: 'lastWeekday' }];
  const nearest = /^(\d+)W$/.exec(item);
  if (nearest) return [{ kind: 'nearestWeekday', day: parseValue(nearest[1] ?? '', DAY_OF_MONTH) }];
  return parseValues(item, DAY_OF_MONTH).map((day) => ({ kind: 'day', day }));
}

function parseDayOfWeekItem(item: string): DayOfWeekRule[] {
  // `L` alone is "the last day of the week", Saturday.
  if (item === 'L') return [{ kind: 'weekday', weekday: 7 }];
  const last = /^(.+)L$/.exec(item);
  if (last) return [{ kind: 'lastInMonth', weekday: parseValue(last[1] ?? '', DAY_OF_WEEK) }];
  const nth = /^(.+)#(\d+)$/.exec(item);
  if (nth) {
    const n = Number(nth[2]);
    if (n < 1 || n > 5) throw new SyntaxError(`day-of-week: #${nth[2]} is not between 1 and 5`);
    return [{ kind: 'nthInMonth', weekday: parseValue(nth[1] ?? '', DAY_OF_WEEK), n }];
  }
  return parseValues(item, DAY_OF_WEEK).map((weekday) => ({ kind: 'weekday', weekday }));
}

/** `*`, `a`, `a-b`, with `/step` where the field allows it; a range may wrap (`FRI-MON`, `22-2`). */
function parseValues(item: string, range: FieldRange): number[] {
  const [base = '', stepText, extra] = item.split('/');
  if (extra !== undefined) throw new SyntaxError(`${range.name}: "${item}" has two steps`);
  let step = 1;
  if (stepText !== undefined) {
    if (!range.steps) throw new SyntaxError(`${range.name} does not allow /`);
    if (!/^\d+$/.test(stepText) || Number(stepText) < 1) {
      throw new SyntaxError(`${range.name}: step "${stepText}" is not a positive integer`);
    }
    step = Number(stepText);
  }
  let from: number;
  let to: number;
  if (base === '*') {
    [from, to] = [range.min, range.max];
  } else {
    const bounds = base.split('-');
    if (bounds.length > 2) throw new SyntaxError(`${range.name}: "${item}" is not a range`);
    from = parseValue(bounds[0] ?? '', range);
    to = bounds.length === 2 ? parseValue(bounds[1] ?? '', range) : stepText === undefined ? from : range.max;
  }
  const span = from <= to ? to - from : range.max - from + 1 + (to - range.min);
  const values: number[] = [];
  for (let offset = 0; offset <= span; offset += step) {
    const value = from + offset;
    values.push(value > range.max ? value - range.max - 1 + range.min : value);
  }
  return values;
}

function parseValue(text: string, range: FieldRange): number {
  let value: number;
  if (/^\d+$/.test(text)) {
    value = Number(text);
  } else {
    const index = range.names?.indexOf(text.toUpperCase()) ?? -1;
    if (index < 0) throw new SyntaxError(`${range.name}: "${text}" is not a value`);
    value = range.min + index;
  }
  if (value < range.min || value > range.max) {
    throw new SyntaxError(`${range.name}: ${text} is not between ${range.min} and ${range.max}`);
  }
  return value;
}
