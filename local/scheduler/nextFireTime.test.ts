import { describe, expect, it } from 'vitest';
import { nextFireTime } from './nextFireTime.js';
import type { FireWindow } from './nextFireTime.js';

/** The next `count` fire times after `after`, as ISO strings (fewer when the schedule ends). */
function fires(
  expression: string,
  timeZone: string,
  after: string,
  count: number,
  window: FireWindow = {},
): string[] {
  const times: string[] = [];
  let cursor = new Date(after);
  while (times.length < count) {
    const next = nextFireTime(expression, timeZone, cursor, window);
    if (!next) break;
    times.push(next.toISOString());
    cursor = next;
  }
  return times;
}

describe('nextFireTime: cron fields', () => {
  it('takes lists, ranges and steps in minutes and hours', () => {
    expect(fires('cron(0/20 9-10,14 * * ? *)', 'UTC', '2026-01-05T08:00:00Z', 8)).toEqual([
      '2026-01-05T09:00:00.000Z',
      '2026-01-05T09:20:00.000Z',
      '2026-01-05T09:40:00.000Z',
      '2026-01-05T10:00:00.000Z',
      '2026-01-05T10:20:00.000Z',
      '2026-01-05T10:40:00.000Z',
      '2026-01-05T14:00:00.000Z',
      '2026-01-05T14:20:00.000Z',
    ]);
  });

  it('is strictly after `after`, to the minute', () => {
    expect(fires('cron(0 10 * * ? *)', 'UTC', '2026-01-05T10:00:00Z', 1)).toEqual([
      '2026-01-06T10:00:00.000Z',
    ]);
    expect(fires('cron(0 10 * * ? *)', 'UTC', '2026-01-05T09:59:59.999Z', 1)).toEqual([
      '2026-01-05T10:00:00.000Z',
    ]);
  });

  it('takes days of month with ? for day-of-week, and steps of days', () => {
    expect(fires('cron(0 0 1,15 * ? *)', 'UTC', '2026-01-02T00:00:00Z', 3)).toEqual([
      '2026-01-15T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
      '2026-02-15T00:00:00.000Z',
    ]);
    expect(fires('cron(0 0 1/10 * ? *)', 'UTC', '2026-01-02T00:00:00Z', 4)).toEqual([
      '2026-01-11T00:00:00.000Z',
      '2026-01-21T00:00:00.000Z',
      '2026-01-31T00:00:00.000Z',
      '2026-02-01T00:00:00.000Z',
    ]);
  });

  it('takes month and weekday names (1 = SUN), in any case, and a range that wraps', () => {
    // 2026-11-26 is a Thursday.
    expect(fires('cron(0 10 ? * MON-FRI *)', 'UTC', '2026-11-26T12:00:00Z', 3)).toEqual([
      '2026-11-27T10:00:00.000Z',
      '2026-11-30T10:00:00.000Z',
      '2026-12-01T10:00:00.000Z',
    ]);
    expect(fires('cron(0 10 ? * 2-6 *)', 'UTC', '2026-11-26T12:00:00Z', 3)).toEqual(
      fires('cron(0 10 ? * mon-fri *)', 'UTC', '2026-11-26T12:00:00Z', 3),
    );
    expect(fires('cron(0 10 ? * FRI-MON *)', 'UTC', '2026-11-26T12:00:00Z', 4)).toEqual([
      '2026-11-27T10:00:00.000Z',
      '2026-11-28T10:00:00.000Z',
      '2026-11-29T10:00:00.000Z',
      '2026-11-30T10:00:00.000Z',
    ]);
    expect(fires('cron(0 0 1 NOV-FEB ? *)', 'UTC', '2026-03-01T12:00:00Z', 4)).toEqual([
      '2026-11-01T00:00:00.000Z',
      '2026-12-01T00:00:00.000Z',
      '2027-01-01T00:00:00.000Z',
      '2027-02-01T00:00:00.000Z',
    ]);
  });

  it('takes L in day-of-month (last day, leap years included) and in day-of-week (Saturday; nL last weekday n)', () => {
    expect(fires('cron(0 0 L * ? *)', 'UTC', '2028-01-15T00:00:00Z', 3)).toEqual([
      '2028-01-31T00:00:00.000Z',
      '2028-02-29T00:00:00.000Z',
      '2028-03-31T00:00:00.000Z',
    ]);
    // 2026-01-03 is the first Saturday of 2026.
    expect(fires('cron(0 0 ? * L *)', 'UTC', '2026-01-01T00:00:00Z', 2)).toEqual([
      '2026-01-03T00:00:00.000Z',
      '2026-01-10T00:00:00.000Z',
    ]);
    expect(fires('cron(0 12 ? * 6L *)', 'UTC', '2026-01-01T00:00:00Z', 3)).toEqual([
      '2026-01-30T12:00:00.000Z',
      '2026-02-27T12:00:00.000Z',
      '2026-03-27T12:00:00.000Z',
    ]);
  });

  it('takes W (nearest weekday, never leaving the month) and LW (last weekday)', () => {
    // 2026-02-15 and 2026-03-15 are Sundays; 2026-08-01 is a Saturday, so 1W is Monday the 3rd.
    expect(fires('cron(0 12 15W * ? *)', 'UTC', '2026-01-01T00:00:00Z', 3)).toEqual([
      '2026-01-15T12:00:00.000Z',
      '2026-02-16T12:00:00.000Z',
      '2026-03-16T12:00:00.000Z',
    ]);
    expect(fires('cron(0 12 1W * ? *)', 'UTC', '2026-07-31T00:00:00Z', 1)).toEqual([
      '2026-08-03T12:00:00.000Z',
    ]);
    // 2026-01-31 is a Saturday, 2026-02-28 a Saturday.
    expect(fires('cron(0 12 LW * ? *)', 'UTC', '2026-01-01T00:00:00Z', 3)).toEqual([
      '2026-01-30T12:00:00.000Z',
      '2026-02-27T12:00:00.000Z',
      '2026-03-31T12:00:00.000Z',
    ]);
  });

  it('takes # (n-th weekday of the month), skipping months without one', () => {
    expect(fires('cron(0 12 ? * 3#2 *)', 'UTC', '2026-01-01T00:00:00Z', 2)).toEqual([
      '2026-01-13T12:00:00.000Z',
      '2026-02-10T12:00:00.000Z',
    ]);
    // Fifth Fridays of 2026: January 30, May 29, July 31.
    expect(fires('cron(0 12 ? * FRI#5 *)', 'UTC', '2026-01-01T00:00:00Z', 3)).toEqual([
      '2026-01-30T12:00:00.000Z',
      '2026-05-29T12:00:00.000Z',
      '2026-07-31T12:00:00.000Z',
    ]);
  });

  it('takes the year field, and ends after the last year', () => {
    expect(fires('cron(0 0 1 1 ? 2027-2028)', 'UTC', '2026-06-01T00:00:00Z', 5)).toEqual([
      '2027-01-01T00:00:00.000Z',
      '2028-01-01T00:00:00.000Z',
    ]);
    expect(nextFireTime('cron(0 0 31 2 ? *)', 'UTC', new Date('2026-01-01T00:00:00Z'))).toBeUndefined();
  });

  it('evaluates in the time zone', () => {
    expect(fires('cron(0 9 ? * MON *)', 'Asia/Kolkata', '2026-01-01T00:00:00Z', 1)).toEqual([
      '2026-01-05T03:30:00.000Z',
    ]);
    // 09:00 in Berlin is 08:00Z in winter and 07:00Z in summer.
    expect(fires('cron(0 9 1 * ? *)', 'Europe/Berlin', '2026-02-15T00:00:00Z', 2)).toEqual([
      '2026-03-01T08:00:00.000Z',
      '2026-04-01T07:00:00.000Z',
    ]);
  });

  it('keeps to StartDate and EndDate', () => {
    const window = { start: new Date('2026-01-10T00:00:00Z'), end: new Date('2026-01-12T10:00:00Z') };
    expect(fires('cron(0 10 * * ? *)', 'UTC', '2026-01-01T00:00:00Z', 5, window)).toEqual([
      '2026-01-10T10:00:00.000Z',
      '2026-01-11T10:00:00.000Z',
      '2026-01-12T10:00:00.000Z',
    ]);
  });
});

describe('nextFireTime across daylight saving time (Europe/Berlin, cron(30 2 * * ? *))', () => {
  // AWS: "When the time shifts forward in Spring, your schedule invocation gets skipped if the cron
  // expression falls on a non-existent date and time. When the time shifts back in the Fall, your
  // schedule runs only once and doesn't repeat its invocation."
  // (https://repost.aws/knowledge-center/eventbridge-scheduler-adjust-dst)
  it('skips 2026-03-29, when 02:30 does not exist (02:00 CET jumps to 03:00 CEST)', () => {
    expect(fires('cron(30 2 * * ? *)', 'Europe/Berlin', '2026-03-27T12:00:00Z', 3)).toEqual([
      '2026-03-28T01:30:00.000Z', // 02:30 CET
      '2026-03-30T00:30:00.000Z', // 02:30 CEST
      '2026-03-31T00:30:00.000Z',
    ]);
  });

  it('fires once on 2026-10-25, at the first 02:30 (CEST), not again at the second (CET)', () => {
    expect(fires('cron(30 2 * * ? *)', 'Europe/Berlin', '2026-10-24T12:00:00Z', 3)).toEqual([
      '2026-10-25T00:30:00.000Z', // 02:30 CEST
      '2026-10-26T01:30:00.000Z', // 02:30 CET
      '2026-10-27T01:30:00.000Z',
    ]);
    // Asked from inside the repeated hour, it does not fire the repeat either.
    expect(fires('cron(30 2 * * ? *)', 'Europe/Berlin', '2026-10-25T01:10:00Z', 1)).toEqual([
      '2026-10-26T01:30:00.000Z',
    ]);
  });

  it('does not repeat the minutes of the repeated hour', () => {
    expect(fires('cron(0/20 2 * * ? *)', 'Europe/Berlin', '2026-10-24T23:59:00Z', 4)).toEqual([
      '2026-10-25T00:00:00.000Z',
      '2026-10-25T00:20:00.000Z',
      '2026-10-25T00:40:00.000Z',
      '2026-10-26T01:00:00.000Z',
    ]);
  });

  it('skips the missing hour in America/New_York too (2026-03-08)', () => {
    expect(fires('cron(15 2 * * ? *)', 'America/New_York', '2026-03-07T12:00:00Z', 2)).toEqual([
      '2026-03-09T06:15:00.000Z', // 02:15 EDT; 2026-03-08 02:15 did not exist
      '2026-03-10T06:15:00.000Z',
    ]);
  });
});

describe('nextFireTime: rate', () => {
  it('fires at StartDate, then every period', () => {
    const start = new Date('2026-01-01T00:00:00Z');
    expect(fires('rate(1 minute)', 'UTC', '2025-12-31T23:00:00Z', 3, { start })).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2026-01-01T00:01:00.000Z',
      '2026-01-01T00:02:00.000Z',
    ]);
    expect(fires('rate(5 minutes)', 'UTC', '2026-01-01T00:07:00Z', 1, { start })).toEqual([
      '2026-01-01T00:10:00.000Z',
    ]);
    expect(fires('rate(2 hours)', 'UTC', '2026-01-01T02:00:00Z', 1, { start })).toEqual([
      '2026-01-01T04:00:00.000Z',
    ]);
  });

  it('counts from `after` without StartDate, and stops at EndDate', () => {
    expect(fires('rate(1 hour)', 'UTC', '2026-01-01T00:30:00Z', 1)).toEqual(['2026-01-01T01:30:00.000Z']);
    const window = { start: new Date('2026-01-01T00:00:00Z'), end: new Date('2026-01-03T00:00:00Z') };
    expect(fires('rate(1 day)', 'UTC', '2025-12-31T00:00:00Z', 5, window)).toEqual([
      '2026-01-01T00:00:00.000Z',
      '2026-01-02T00:00:00.000Z',
      '2026-01-03T00:00:00.000Z',
    ]);
  });

  it('keeps 24-hour days across DST, as AWS documents ("days represents a 24-hour duration")', () => {
    const start = new Date('2026-03-28T08:00:00Z'); // 09:00 CET
    expect(fires('rate(1 day)', 'Europe/Berlin', '2026-03-28T07:00:00Z', 2, { start })).toEqual([
      '2026-03-28T08:00:00.000Z',
      '2026-03-29T08:00:00.000Z', // 10:00 CEST
    ]);
  });
});

describe('nextFireTime: at', () => {
  it('fires once, at the wall time in the time zone', () => {
    expect(fires('at(2026-07-01T12:00:00)', 'Europe/Berlin', '2026-01-01T00:00:00Z', 3)).toEqual([
      '2026-07-01T10:00:00.000Z',
    ]);
    expect(fires('at(2026-07-01T12:00:00)', 'UTC', '2026-01-01T00:00:00Z', 1)).toEqual([
      '2026-07-01T12:00:00.000Z',
    ]);
  });

  it('never fires when the time is past, and ignores StartDate and EndDate', () => {
    expect(nextFireTime('at(2026-07-01T12:00:00)', 'UTC', new Date('2026-07-01T12:00:00Z'))).toBeUndefined();
    const window = { start: new Date('2027-01-01T00:00:00Z'), end: new Date('2026-02-01T00:00:00Z') };
    expect(fires('at(2026-07-01T12:00:00)', 'UTC', '2026-01-01T00:00:00Z', 1, window)).toEqual([
      '2026-07-01T12:00:00.000Z',
    ]);
  });

  it('reads a time in a DST gap past the gap, and an ambiguous time as its first occurrence', () => {
    expect(fires('at(2026-03-29T02:30:00)', 'Europe/Berlin', '2026-01-01T00:00:00Z', 1)).toEqual([
      '2026-03-29T01:30:00.000Z', // 03:30 CEST
    ]);
    expect(fires('at(2026-10-25T02:30:00)', 'Europe/Berlin', '2026-01-01T00:00:00Z', 1)).toEqual([
      '2026-10-25T00:30:00.000Z', // the first 02:30, CEST
    ]);
  });
});

describe('nextFireTime: errors', () => {
  it('throws a SyntaxError for an invalid expression and a RangeError for an unknown zone', () => {
    expect(() => nextFireTime('cron(0 1 * * * *)', 'UTC', new Date())).toThrow(SyntaxError);
    expect(() => nextFireTime('cron(0 1 * * ? *)', 'Mars/Olympus', new Date())).toThrow(RangeError);
  });
});
