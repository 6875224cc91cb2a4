import { getSalesReport } from './operations/getSalesReport.js';
import { listSalesReports } from './operations/listSalesReports.js';
import { runDailySalesReport } from './operations/runDailySalesReport.js';
import { ReportError } from './ReportError.js';
import type { ReportsEvent } from './ReportsEvent.js';
import type { ReportsDeps } from './ReportsDeps.js';
import type { ReportsResult } from './ReportsResult.js';

/**
 * Runs the reports operation the event names and answers its `ReportsResult`: `{ data }`, or
 * `{ error: { type, message, info } }` for an expected failure (a `ReportError`) of a user's call.
 * Anything else thrown is a fault and fails the invocation, and so does a `ReportError` of a scheduled
 * run (its arguments are written in the stack description: a failure there is a bug to be seen). Every
 * operation is for admins: `caller.admin` is checked again, although the schema's `cognito_groups`
 * directive and the resolvers already keep others out.
 */
export async function dispatch(event: ReportsEvent, deps: ReportsDeps): Promise<ReportsResult> {
  try {
    return { data: await run(event, deps) };
  } catch (error) {
    if (error instanceof ReportError && event.caller.kind === 'user') return { error: error.toFailure() };
    throw error;
  }
}

function run(event: ReportsEvent, deps: ReportsDeps): Promise<unknown> {
  if (event.caller.kind === 'user' && !event.caller.admin) {
    const type = event.operation === 'runDailySalesReport' ? 'Mutation' : 'Query';
    throw new ReportError('Unauthorized', `Not Authorized to access ${event.operation} on type ${type}`);
  }
  switch (event.operation) {
    case 'runDailySalesReport':
      return runDailySalesReport(event.arguments, deps);
    case 'salesReport':
      return getSalesReport(event.arguments, deps);
    case 'salesReports':
      return listSalesReports(event.arguments, deps);
    default:
      throw new Error(
        `The reports function does not serve ${JSON.stringify((event as { operation?: unknown }).operation)}`,
      );
  }
}
