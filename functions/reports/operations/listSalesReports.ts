import type { QuerySalesReportsArgs, SalesReport } from '../../../schema/generated/types.js';
import { calendarDay } from '../calendarDay.js';
import { parseCalendarDay } from '../parseCalendarDay.js';
import { invalidArgument } from '../ReportError.js';
import type { ReportsDeps } from '../ReportsDeps.js';
import { toSalesReport } from '../toSalesReport.js';

/** `salesReports` spans at most this many days (`schema.graphql`): a quarter, for a chart. */
export const MAX_REPORT_RANGE_DAYS = 92;

/**
 * `salesReports` (admins): the stored reports of the days `from` to `to`, both included, oldest first;
 * days without a report are left out. `to` before `from`, or more than 92 days, is a `ValidationError`
 * on `to`. One BatchGetItem of the range's days.
 */
export async function listSalesReports(
  args: QuerySalesReportsArgs,
  deps: ReportsDeps,
): Promise<readonly SalesReport[]> {
  const from = parseCalendarDay('from', args.from);
  const to = parseCalendarDay('to', args.to);
  if (to.dayNumber < from.dayNumber) throw invalidArgument('to', `must not be before from (${from.date})`);
  const days = to.dayNumber - from.dayNumber + 1;
  if (days > MAX_REPORT_RANGE_DAYS) {
    throw invalidArgument('to', `the range is ${days} days; it may span at most ${MAX_REPORT_RANGE_DAYS}`, {
      maxDays: MAX_REPORT_RANGE_DAYS,
    });
  }
  const dates = Array.from({ length: days }, (_, offset) => calendarDay(from.dayNumber + offset).date);
  const reports = await deps.reports.getMany(dates);
  return [...reports].sort((a, b) => a.date.localeCompare(b.date)).map(toSalesReport);
}
