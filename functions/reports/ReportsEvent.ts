import type { OperationEvent } from '../lib/OperationEvent.js';
import type {
  MutationRunDailySalesReportArgs,
  QuerySalesReportArgs,
  QuerySalesReportsArgs,
} from '../../schema/generated/types.js';

/**
 * A signed-in Cognito user, with whether they are in the admins group: set by the resolvers from
 * `ctx.identity`, never from arguments.
 */
export interface ReportsUserCaller {
  readonly kind: 'user';
  readonly sub: string;
  readonly admin: boolean;
}

/**
 * An EventBridge Scheduler schedule of the stack description (`dailySalesReport`): its input is a whole
 * `ReportsEvent`, written in `infra/shop.ts`. Only the schedule's role and the API's data source may
 * invoke the function, so this caller cannot be forged through the API.
 */
export interface ReportsScheduleCaller {
  readonly kind: 'schedule';
  readonly schedule: string;
}

/** Who calls the reports function. */
export type ReportsCaller = ReportsUserCaller | ReportsScheduleCaller;

/** The arguments of each operation the reports function serves, as the schema types them. */
export interface ReportsArguments {
  readonly runDailySalesReport: MutationRunDailySalesReportArgs;
  readonly salesReport: QuerySalesReportArgs;
  readonly salesReports: QuerySalesReportsArgs;
}

/** An operation the reports function serves; a misspelt one does not compile in the resolvers either. */
export type ReportsOperation = keyof ReportsArguments;

/**
 * The payload the reports resolvers send (type-only imported by them) and the daily schedule's input:
 * the operation, its arguments as AppSync coerced them, and the caller.
 */
export type ReportsEvent = OperationEvent<ReportsArguments, ReportsCaller>;
