import type { QuerySalesReportArgs, SalesReport } from '../../../schema/generated/types.js';
import { parseCalendarDay } from '../parseCalendarDay.js';
import type { ReportsDeps } from '../ReportsDeps.js';
import { toSalesReport } from '../toSalesReport.js';

/** `salesReport` (admins): the stored report of one day, or null when it has not been generated. */
export async function getSalesReport(
  args: QuerySalesReportArgs,
  deps: ReportsDeps,
): Promise<SalesReport | null> {
  const day = parseCalendarDay('date', args.date);
  const report = await deps.reports.get(day.date);
  return report === null ? null : toSalesReport(report);
}
