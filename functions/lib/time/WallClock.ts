/**
 * A date and time as a wall clock shows it, to the second, without a zone: the unit in which people write
 * times (`cron(...)` and `at(...)` expressions, the days of a report). Proleptic Gregorian; months are 1
 * to 12. `wallMillis` gives its arithmetic form.
 */
export interface WallClock {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}
