import { util } from '@aws-appsync/utils';
import type { Context, LambdaRequest } from '@aws-appsync/utils';
// The reports function's contract, imported as types only: nothing of `functions/` is bundled.
import type { OperationCall } from '../../functions/lib/OperationEvent.js';
import type {
  ReportsArguments,
  ReportsCaller,
  ReportsOperation,
  ReportsUserCaller,
} from '../../functions/reports/ReportsEvent.js';
import type { ReportsResult } from '../../functions/reports/ReportsResult.js';
import { cognitoIdentity, isAdmin } from './identity.js';

/**
 * The caller of a reports operation, all of which are for admins, from the verified Cognito identity
 * (never from arguments). The schema's `cognito_groups` directive already keeps others out; this answers
 * `Unauthorized` too (shoppers, the API key, IAM), so the resolver is safe on its own.
 */
export function reportsAdminCaller(ctx: Context): ReportsUserCaller {
  const identity = cognitoIdentity(ctx);
  if (!isAdmin(identity)) {
    util.unauthorized();
  }
  return { kind: 'user', sub: identity.sub, admin: true };
}

/**
 * Invokes the reports function for `operation` with that operation's arguments and the caller: the
 * `ReportsEvent` the function receives. A name the function does not serve, or arguments of another
 * shape, do not compile.
 */
export function invokeReports<O extends ReportsOperation>(
  operation: O,
  args: ReportsArguments[O],
  caller: ReportsCaller,
): LambdaRequest {
  const payload: OperationCall<ReportsArguments, O, ReportsCaller> = { operation, arguments: args, caller };
  return { operation: 'Invoke', payload };
}

/**
 * The field's value from the reports function's result. Its `error` becomes the AppSync error the
 * function chose (`errorType`, `message`, `errorInfo`); a failed invocation stays the data source error.
 */
export function reportsResult<T>(ctx: Context): T {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  const result = ctx.result as ReportsResult<T>;
  if (result.error) {
    util.error(result.error.message, result.error.type, null, result.error.info);
  }
  return result.data;
}
