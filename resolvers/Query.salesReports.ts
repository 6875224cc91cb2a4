import type { Context, LambdaRequest } from '@aws-appsync/utils';
import type { QuerySalesReportsArgs, SalesReport } from '../schema/generated/types.js';
import { invokeReports, reportsAdminCaller, reportsResult } from './lib/reports.js';

/** `salesReports` (admins): the stored reports of a range of at most 92 days, oldest first. */
export function request(ctx: Context<QuerySalesReportsArgs>): LambdaRequest {
  return invokeReports('salesReports', ctx.args, reportsAdminCaller(ctx));
}

export function response(ctx: Context<QuerySalesReportsArgs>): readonly SalesReport[] {
  return reportsResult<readonly SalesReport[]>(ctx);
}
