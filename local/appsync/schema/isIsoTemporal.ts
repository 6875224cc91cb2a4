/**
 * The three shapes AppSync's date and time scalars accept
 * (https://docs.aws.amazon.com/appsync/latest/devguide/scalars.html).
 */
export type IsoTemporalForm = 'date' | 'time' | 'dateTime';

// A year is four digits; AppSync also accepts "negative years" such as -9999-01-01 (its schema
// description of AWSDate). Longer years need a '+' sign, and -0000 is refused: the ISO 8601 expanded
// form, as java.time's strict ISO parsers read it (an inference: AppSync does not document years > 9999).
const YEAR = '(?<year>\\d{4}|-\\d{4}|\\+\\d{5,9})';
const DATE = `${YEAR}-(?<month>\\d{2})-(?<day>\\d{2})`;
// Seconds are optional and the fraction needs them; the fraction has up to 9 digits (nanoseconds). Zero
// digits after the point are allowed because the doc's own example mutation sends `time: "12:00:34."`.
const TIME = '(?<hour>\\d{2}):(?<minute>\\d{2})(?::(?<second>\\d{2})(?:\\.\\d{0,9})?)?';
// Z, or ±hh:mm with optional :ss ("The seconds field in the time zone offset is considered valid even
// though it's not part of the ISO 8601 standard").
const OFFSET = '(?<offset>Z|[+-](?<offsetHour>\\d{2}):(?<offsetMinute>\\d{2})(?::(?<offsetSecond>\\d{2}))?)';

const PATTERNS: Readonly<Record<IsoTemporalForm, RegExp>> = {
  date: new RegExp(`^${DATE}${OFFSET}?$`),
  time: new RegExp(`^${TIME}${OFFSET}?$`),
  // "The time zone offset is compulsory for this scalar."
  dateTime: new RegExp(`^${DATE}T${TIME}${OFFSET}$`),
};

/** The largest offset a time zone can have, 18:00 (as java.time's ZoneOffset allows). */
const MAX_OFFSET_SECONDS = 18 * 3600;

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isValidDate(year: string, month: string, day: string): boolean {
  if (year === '-0000') return false;
  const y = Number(year);
  const m = Number(month);
  const d = Number(day);
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function isValidTime(hour: string, minute: string, second: string | undefined): boolean {
  return Number(hour) <= 23 && Number(minute) <= 59 && (second === undefined || Number(second) <= 59);
}

function isValidOffset(hour: string | undefined, minute: string | undefined, second: string | undefined) {
  if (hour === undefined || minute === undefined) return true; // Z or no offset
  const s = second === undefined ? 0 : Number(second);
  const total = Number(hour) * 3600 + Number(minute) * 60 + s;
  return Number(minute) <= 59 && s <= 59 && total <= MAX_OFFSET_SECONDS;
}

/**
 * Whether `value` is an extended ISO 8601 date (`YYYY-MM-DD`), time (`hh:mm[:ss[.fffffffff]]`) or date
 * and time (`YYYY-MM-DDThh:mm[:ss[.fffffffff]]`) as AppSync accepts them: a real calendar date, hours
 * 00–23, minutes and seconds 00–59, and a time zone offset that is optional for dates and times and
 * required for dates and times together.
 */
export function isIsoTemporal(value: string, form: IsoTemporalForm): boolean {
  const groups = PATTERNS[form].exec(value)?.groups;
  if (groups === undefined) return false;
  const { year, month, day, hour, minute, second, offsetHour, offsetMinute, offsetSecond } = groups;
  if (year !== undefined && month !== undefined && day !== undefined && !isValidDate(year, month, day)) {
    return false;
  }
  if (hour !== undefined && minute !== undefined && !isValidTime(hour, minute, second)) return false;
  return isValidOffset(offsetHour, offsetMinute, offsetSecond);
}
