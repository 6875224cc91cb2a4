/**
 * The day number (days since 1970-01-01) of a proleptic Gregorian date, exact for every year; `month` is
 * 1–12, and a `day` past the end of the month carries over into the next. Algorithm from H. Hinnant,
 * "chrono-Compatible Low-Level Date Algorithms"; `civilFromDays` is its inverse.
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}
