import {
  daysInMonth,
  ianaTimeZone,
  instantsAt,
  wallClockAt,
  wallFromMillis,
  wallMillis,
} from '../../functions/lib/time/index.js';
import type { WallClock } from '../../functions/lib/time/index.js';
import { MAX_YEAR } from './parseCron.js';
import type { CronSpec, DayOfMonthRule, DayOfWeekRule } from './parseCron.js';

/**
 * The first instant strictly after `after` at which `cron` fires in `timeZone`, or undefined when it never
 * fires again (before the year 2199).
 *
 * Daylight saving time follows what AWS documents for EventBridge Scheduler
 * (https://repost.aws/knowledge-center/eventbridge-scheduler-adjust-dst, and the "Daylight savings time"
 * section of https://docs.aws.amazon.com/scheduler/latest/UserGuide/schedule-types.html): "When the time
 * shifts forward in Spring, your schedule invocation gets skipped if the cron expression falls on a
 * non-existent date and time. When the time shifts back in the Fall, your schedule runs only once and
 * doesn't repeat its invocation." So a wall time inside a gap yields no fire time, and a wall time inside
 * an overlap fires once, at its first (earlier) occurrence.
 */
export function nextCronTime(cron: CronSpec, timeZone: string, after: Date): Date | undefined {
  const zone = ianaTimeZone(timeZone);
  const start = wallClockAt(after.getTime(), zone);
  let from = addMinute({ ...start, second: 0 });
  // Each turn skips one wall minute that a DST change removed or repeated; a year of them is plenty.
  for (let turn = 0; turn < 10_000; turn += 1) {
    const wall = nextCronWall(cron, from);
    if (!wall) return undefined;
    const [first] = instantsAt(wallMillis(wall), zone);
    if (first !== undefined && first > after.getTime()) return new Date(first);
    from = addMinute(wall);
  }
  throw new Error(`nextCronTime: no fire time found after ${after.toISOString()} in ${timeZone}`);
}

function addMinute(wall: WallClock): WallClock {
  return wallFromMillis(wallMillis(wall) + 60_000);
}

/** The first whole minute at or after `from` (a wall clock, no zone) that every field of `cron` admits. */
function nextCronWall(cron: CronSpec, from: WallClock): WallClock | undefined {
  let { year, month, day, hour, minute } = from;
  for (;;) {
    const nextYear = atLeast(cron.years, year);
    if (nextYear === undefined || nextYear > MAX_YEAR) return undefined;
    if (nextYear !== year) [year, month, day, hour, minute] = [nextYear, 1, 1, 0, 0];

    const nextMonth = atLeast(cron.months, month);
    if (nextMonth === undefined) {
      [year, month, day, hour, minute] = [year + 1, 1, 1, 0, 0];
      continue;
    }
    if (nextMonth !== month) [month, day, hour, minute] = [nextMonth, 1, 0, 0];

    const length = daysInMonth(year, month);
    let nextDay = day;
    while (nextDay <= length && !dayMatches(cron, year, month, nextDay)) nextDay += 1;
    if (nextDay > length) {
      [month, day, hour, minute] = [month + 1, 1, 0, 0];
      if (month > 12) [year, month] = [year + 1, 1];
      continue;
    }
    if (nextDay !== day) [day, hour, minute] = [nextDay, 0, 0];

    const nextHour = atLeast(cron.hours, hour);
    if (nextHour === undefined) {
      [day, hour, minute] = [day + 1, 0, 0];
      continue;
    }
    if (nextHour !== hour) [hour, minute] = [nextHour, 0];

    const nextMinute = atLeast(cron.minutes, minute);
    if (nextMinute === undefined) {
      [hour, minute] = [hour + 1, 0];
      continue;
    }
    return { year, month, day, hour, minute: nextMinute, second: 0 };
  }
}

function atLeast(values: readonly number[], value: number): number | undefined {
  return values.find((candidate) => candidate >= value);
}

/** 1 = Sunday ... 7 = Saturday, as in AWS cron. */
function weekdayOf(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() + 1;
}

function dayMatches(cron: CronSpec, year: number, month: number, day: number): boolean {
  if (cron.daysOfMonth) return cron.daysOfMonth.some((rule) => dayOfMonthMatches(rule, year, month, day));
  if (cron.daysOfWeek) return cron.daysOfWeek.some((rule) => dayOfWeekMatches(rule, year, month, day));
  return true;
}

function dayOfMonthMatches(rule: DayOfMonthRule, year: number, month: number, day: number): boolean {
  const length = daysInMonth(year, month);
  switch (rule.kind) {
    case 'day':
      return rule.day === day;
    case 'last':
      return day === length;
    case 'lastWeekday':
      return day === nearestWeekday(year, month, length);
    case 'nearestWeekday':
      return rule.day <= length && day === nearestWeekday(year, month, rule.day);
  }
}

/** The weekday (Monday to Friday) nearest to `day`, staying inside the month (Quartz's `W`). */
function nearestWeekday(year: number, month: number, day: number): number {
  const weekday = weekdayOf(year, month, day);
  const length = daysInMonth(year, month);
  if (weekday === 7) return day > 1 ? day - 1 : day + 2;
  if (weekday === 1) return day < length ? day + 1 : day - 2;
  return day;
}

function dayOfWeekMatches(rule: DayOfWeekRule, year: number, month: number, day: number): boolean {
  if (weekdayOf(year, month, day) !== rule.weekday) return false;
  switch (rule.kind) {
    case 'weekday':
      return true;
    case 'lastInMonth':
      return day + 7 > daysInMonth(year, month);
    case 'nthInMonth':
      return Math.ceil(day / 7) === rule.n;
  }
}
