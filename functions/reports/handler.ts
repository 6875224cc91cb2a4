import { awsReportsDeps } from './awsReportsDeps.js';
import { dispatch } from './dispatch.js';
import type { ReportsEvent } from './ReportsEvent.js';
import type { ReportsResult } from './ReportsResult.js';
import { reportsSettings } from './reportsSettings.js';

/**
 * The reports function: the Lambda data source of `runDailySalesReport`, `salesReport` and
 * `salesReports`, and the target of the `dailySalesReport` schedule, whose input is a `ReportsEvent` too.
 * Runs the operation the event names and answers a `ReportsResult`.
 */
export async function handler(event: ReportsEvent): Promise<ReportsResult> {
  return dispatch(event, awsReportsDeps(reportsSettings(process.env)));
}
