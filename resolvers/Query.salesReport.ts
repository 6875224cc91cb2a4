import type { Context, LambdaRequest } from '@aws-appsync/utils';
import type { QuerySalesReportArgs, SalesReport } from '../schema/generated/types.js';
import { invokeReports, reportsAdminCaller, reportsResult } from './lib/reports.js';

/** `salesReport` (admins): the stored report of one day, or null when it has not been generated. */
export function request(ctx: Context<QuerySalesReportArgs>): LambdaRequest {
  return invokeReports('salesReport', ctx.args, reportsAdminCaller(ctx));
}

export function response(ctx: Context<QuerySalesReportArgs>): SalesReport | null {
  return reportsResult<SalesReport | null>(ctx);
}
