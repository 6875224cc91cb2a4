import type { WallClock } from '../../functions/lib/time/index.js';
import { parseCron } from './parseCron.js';
import type { CronSpec } from './parseCron.js';

/** A schedule expression, parsed. */
export type ScheduleExpression =
  | { readonly kind: 'cron'; readonly cron: CronSpec }
  /** `rate(value unit)`: a fixed period, unaffected by time zones (a day is 24 hours). */
  | { readonly kind: 'rate'; readonly periodMillis: number }
  /** `at(yyyy-mm-ddThh:mm:ss)`: one wall-clock time in the schedule's time zone. */
  | { readonly kind: 'at'; readonly wall: WallClock };

const UNIT_MILLIS: Readonly<Record<string, number>> = {
  minute: 60_000,
  minutes: 60_000,
  hour: 3_600_000,
  hours: 3_600_000,
  day: 86_400_000,
  days: 86_400_000,
};

/**
 * Parses an EventBridge Scheduler `ScheduleExpression`: `cron(fields)`, `rate(value unit)` with unit
 * `minute | minutes | hour | hours | day | days`, or `at(yyyy-mm-ddThh:mm:ss)`. Throws a `SyntaxError`
 * saying what is wrong otherwise. Like AWS it admits no spaces around the parentheses' content
 * (`rate( 10 minutes )` is refused), no zone suffix in `at()` (`at(2021-12-31T23:59:59Z)` is refused).
 *
 * @example parseScheduleExpression('rate(5 minutes)') // { kind: 'rate', periodMillis: 300000 }
 */
export function parseScheduleExpression(expression: string): ScheduleExpression {
  const cron = /^cron\((\S+(?:[ \t]+\S+)*)\)$/.exec(expression);
  if (cron) return { kind: 'cron', cron: parseCron(cron[1] ?? '') };
  const rate = /^rate\((\d+) ([a-z]+)\)$/.exec(expression);
  if (rate) {
    const value = Number(rate[1]);
    const unit = UNIT_MILLIS[rate[2] ?? ''];
    if (unit === undefined)
      throw new SyntaxError(`rate unit "${rate[2]}" is not minute(s), hour(s) or day(s)`);
    if (value < 1) throw new SyntaxError('rate value must be a positive integer');
    return { kind: 'rate', periodMillis: value * unit };
  }
  const at = /^at\((\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})\)$/.exec(expression);
  if (at) {
    const [year, month, day, hour, minute, second] = at.slice(1).map(Number) as [
      number,
      number,
      number,
      number,
      number,
      number,
    ];
    // Date.UTC rolls 2026-02-30 over to March: a date that does not round-trip does not exist. It also
    // reads years 0–99 as 1900–1999, so those years are refused too.
    const date = new Date(Date.UTC(year, month - 1, day));
    const valid =
      hour < 24 &&
      minute < 60 &&
      second < 60 &&
      date.getUTCFullYear() === year &&
      date.getUTCMonth() === month - 1 &&
      date.getUTCDate() === day;
    if (!valid)
      throw new SyntaxError(
        `at(): ${at.slice(1, 4).join('-')} ${at.slice(4).join(':')} is not a date and time`,
      );
    return { kind: 'at', wall: { year, month, day, hour, minute, second } };
  }
  throw new SyntaxError('not cron(...), rate(...) or at(...)');
}
