import { ianaTimeZone } from '../../lib/time/index.js';
import type { MutationRunDailySalesReportArgs, SalesReport } from '../../../schema/generated/types.js';
import { calendarDay } from '../calendarDay.js';
import { composeReport } from '../composeReport.js';
import { dayBounds } from '../dayBounds.js';
import { dayContaining } from '../dayContaining.js';
import { parseCalendarDay } from '../parseCalendarDay.js';
import { readSalesFigures } from '../readSalesFigures.js';
import { invalidArgument } from '../ReportError.js';
import { reportMessage } from '../reportMessage.js';
import type { ReportsDeps } from '../ReportsDeps.js';
import { toSalesReport } from '../toSalesReport.js';

/**
 * `runDailySalesReport` (admins, and the nightly schedule): the report of `date`, or of yesterday in the
 * shop's time zone when it is omitted. Only a day that has ended can be reported: today or a later day
 * is a `ValidationError` naming the latest day that can (`errorInfo.latest`). The database aggregates
 * the day's orders (`readSalesFigures`: two statements in one transaction); the report replaces any
 * stored for that day, then goes to the admins' topic. Running it again gives the same figures with a
 * new `generatedAt`, unless an order of that day changed status in between.
 */
export async function runDailySalesReport(
  args: MutationRunDailySalesReportArgs,
  deps: ReportsDeps,
): Promise<SalesReport> {
  const zone = ianaTimeZone(deps.timeZone);
  const latest = calendarDay(dayContaining(deps.now().getTime(), zone).dayNumber - 1);
  const day = args.date === null || args.date === undefined ? latest : parseCalendarDay('date', args.date);
  if (day.dayNumber > latest.dayNumber) {
    throw invalidArgument(
      'date',
      `${day.date} has not ended yet in the shop's time zone (${deps.timeZone}); the latest day that can ` +
        `be reported is ${latest.date}`,
      { latest: latest.date },
    );
  }
  const bounds = dayBounds(day, zone);
  const figures = await readSalesFigures(deps.db, bounds);
  const report = composeReport({
    day,
    bounds,
    timeZone: deps.timeZone,
    currency: deps.currency,
    figures,
    generatedAt: deps.now(),
  });
  await deps.reports.put(report);
  await deps.publish(reportMessage(report));
  deps.log(
    `reports: ${report.date} (${report.dayStart} to ${report.dayEnd}): ${report.orders} orders, ` +
      `${report.revenueCents} cents, ${report.cancelled} cancelled, ${report.rejected} rejected`,
  );
  return toSalesReport(report);
}
