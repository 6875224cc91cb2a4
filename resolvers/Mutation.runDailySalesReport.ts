import type { Context, LambdaRequest } from '@aws-appsync/utils';
import type { MutationRunDailySalesReportArgs, SalesReport } from '../schema/generated/types.js';
import { invokeReports, reportsAdminCaller, reportsResult } from './lib/reports.js';

/** `runDailySalesReport` (admins): computes, stores and sends one day's report (default: yesterday). */
export function request(ctx: Context<MutationRunDailySalesReportArgs>): LambdaRequest {
  return invokeReports('runDailySalesReport', ctx.args, reportsAdminCaller(ctx));
}

export function response(ctx: Context<MutationRunDailySalesReportArgs>): SalesReport {
  return reportsResult<SalesReport>(ctx);
}
