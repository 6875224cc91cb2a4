import { describe, expect, it } from 'vitest';
import { parseScheduleExpression } from './parseScheduleExpression.js';

describe('parseScheduleExpression', () => {
  it('parses rate units, singular or plural', () => {
    expect(parseScheduleExpression('rate(1 minute)')).toEqual({ kind: 'rate', periodMillis: 60_000 });
    expect(parseScheduleExpression('rate(5 minutes)')).toEqual({ kind: 'rate', periodMillis: 300_000 });
    expect(parseScheduleExpression('rate(2 hours)')).toEqual({ kind: 'rate', periodMillis: 7_200_000 });
    expect(parseScheduleExpression('rate(1 day)')).toEqual({ kind: 'rate', periodMillis: 86_400_000 });
  });

  it('parses at() as a wall time', () => {
    expect(parseScheduleExpression('at(2026-03-29T02:30:00)')).toEqual({
      kind: 'at',
      wall: { year: 2026, month: 3, day: 29, hour: 2, minute: 30, second: 0 },
    });
  });

  it('parses the cron fields', () => {
    expect(parseScheduleExpression('cron(0/15 9-17 ? JAN,JUL MON-FRI 2026-2027)')).toEqual({
      kind: 'cron',
      cron: {
        minutes: [0, 15, 30, 45],
        hours: [9, 10, 11, 12, 13, 14, 15, 16, 17],
        months: [1, 7],
        daysOfWeek: [2, 3, 4, 5, 6].map((weekday) => ({ kind: 'weekday', weekday })),
        years: [2026, 2027],
      },
    });
    expect(parseScheduleExpression('cron(0 0 L,LW,15W * ? *)')).toMatchObject({
      cron: { daysOfMonth: [{ kind: 'last' }, { kind: 'lastWeekday' }, { kind: 'nearestWeekday', day: 15 }] },
    });
    expect(parseScheduleExpression('cron(0 0 ? * 6L,2#1 *)')).toMatchObject({
      cron: {
        daysOfWeek: [
          { kind: 'lastInMonth', weekday: 6 },
          { kind: 'nthInMonth', weekday: 2, n: 1 },
        ],
      },
    });
  });

  // Refused by AWS, as recorded from real AWS in LocalStack's snapshot tests
  // (localstack/localstack tests/aws/services/scheduler/test_scheduler.snapshot.json).
  it.each([
    'cron(0 1 * * * *)',
    'cron(7 20 * * NOT *)',
    'cron(INVALID)',
    'cron(0 dummy ? * MON-FRI *)',
    'cron(71 8 1 * ? *)',
    'cron()',
    'rate(10 seconds)',
    'rate(10 years)',
    'rate()',
    'rate(10)',
    'rate(10 minutess)',
    'rate(foo minutes)',
    'rate(-10 minutes)',
    'rate( 10 minutes )',
    ' rate(10 minutes)',
    'at(2021-12-31T23:59:59Z)',
    'at(2021-12-31)',
  ])('refuses %s, as AWS does', (expression) => {
    expect(() => parseScheduleExpression(expression)).toThrow(SyntaxError);
  });

  // Against the documented field syntax.
  it.each([
    ['both day fields are ?', 'cron(0 0 ? * ? *)'],
    ['seven fields', 'cron(0 0 1 * ? * *)'],
    ['a step in day-of-week', 'cron(0 0 ? * 1/2 *)'],
    ['W in day-of-week', 'cron(0 0 ? * 2W *)'],
    ['# beyond 5', 'cron(0 0 ? * 2#6 *)'],
    ['a year before 1970', 'cron(0 0 1 1 ? 1969)'],
    ['a zero step', 'cron(0/0 0 1 * ? *)'],
    ['hour 24', 'cron(0 24 1 * ? *)'],
    ['an empty list item', 'cron(0,,5 0 1 * ? *)'],
    ['a zero rate', 'rate(0 minutes)'],
    ['a date that does not exist', 'at(2026-02-30T00:00:00)'],
    ['hour 24 in at()', 'at(2026-02-10T24:00:00)'],
  ])('refuses %s', (_reason, expression) => {
    expect(() => parseScheduleExpression(expression)).toThrow(SyntaxError);
  });
});
