import { ianaTimeZone, instantOf, wallMillis } from '../../functions/lib/time/index.js';
import { nextCronTime } from './nextCronTime.js';
import { parseScheduleExpression } from './parseScheduleExpression.js';

/** The part of a schedule besides its expression that bounds when it fires. */
export interface FireWindow {
  /**
   * `StartDate`: recurring schedules fire at or after it. A `rate()` schedule fires at `start` and every
   * period after it; without `start` its periods count from `after`.
   */
  readonly start?: Date;
  /** `EndDate`: recurring schedules never fire after it. */
  readonly end?: Date;
}

/**
 * The first instant strictly after `after` at which a schedule with this `ScheduleExpression`, evaluated
 * in the IANA time zone `timeZone`, fires; undefined when it never fires again. Pure: the same arguments
 * always give the same answer. Throws a `SyntaxError` for an invalid expression and a `RangeError` for an
 * unknown time zone.
 *
 * - `cron(...)`: see `nextCronTime` (DST gaps skipped, overlaps fired once, as AWS documents).
 * - `rate(n unit)`: `start + k × period`; a period is a fixed duration, so a daily rate drifts by an hour
 *   in local time across a DST change, as AWS documents ("days represents a 24-hour duration").
 * - `at(...)`: once, at that wall time in `timeZone`; `start` and `end` do not apply ("EventBridge
 *   Scheduler ignores StartDate for one-time schedules"). AWS documents nothing for an `at()` time inside
 *   a DST gap or overlap; this takes the earlier instant of an overlap and reads a gap time with the
 *   offset before the gap (02:30 in a 02:00→03:00 gap fires at 03:30), like `Temporal`'s `compatible`.
 *
 * @example nextFireTime('cron(0 8 ? * MON-FRI *)', 'Europe/Berlin', new Date('2026-11-27T12:00:00Z'))
 *   // 2026-11-30T07:00:00.000Z, Monday 08:00 in Berlin
 */
export function nextFireTime(
  expression: string,
  timeZone: string,
  after: Date,
  window: FireWindow = {},
): Date | undefined {
  const parsed = parseScheduleExpression(expression);
  if (parsed.kind === 'at') {
    const at = instantOf(wallMillis(parsed.wall), ianaTimeZone(timeZone));
    return at > after.getTime() ? new Date(at) : undefined;
  }
  let next: Date | undefined;
  if (parsed.kind === 'rate') {
    const anchor = (window.start ?? after).getTime();
    const elapsed = after.getTime() - anchor;
    next = new Date(
      elapsed < 0 ? anchor : anchor + (Math.floor(elapsed / parsed.periodMillis) + 1) * parsed.periodMillis,
    );
  } else {
    const from =
      window.start && window.start.getTime() > after.getTime() ? new Date(window.start.getTime() - 1) : after;
    next = nextCronTime(parsed.cron, timeZone, from);
  }
  return next && window.end && next.getTime() > window.end.getTime() ? undefined : next;
}
