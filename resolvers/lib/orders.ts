import { util } from '@aws-appsync/utils';
import type { Context, LambdaRequest } from '@aws-appsync/utils';
// The orders function's contract, imported as types only: nothing of `functions/` is bundled.
import type { OperationCall } from '../../functions/lib/OperationEvent.js';
import type { OrdersArguments, OrdersCaller, OrdersOperation } from '../../functions/orders/OrdersEvent.js';
import type { OrdersResult } from '../../functions/orders/OrdersResult.js';
import { cognitoIdentity, isAdmin } from './identity.js';

/**
 * The caller as the orders function sees it, from the verified Cognito identity (never from arguments).
 * Answers `Unauthorized` for API key and IAM callers: every orders operation needs a signed-in user.
 */
export function ordersCaller(ctx: Context): OrdersCaller {
  const identity = cognitoIdentity(ctx);
  return { sub: identity.sub, admin: isAdmin(identity) };
}

/**
 * The caller of an admin orders operation. The schema's `cognito_groups` directive already keeps others
 * out; this answers `Unauthorized` too, so the resolver is safe on its own.
 */
export function ordersAdminCaller(ctx: Context): OrdersCaller {
  const caller = ordersCaller(ctx);
  if (!caller.admin) {
    util.unauthorized();
  }
  return caller;
}

/**
 * Invokes the orders function for `operation` with that operation's arguments and the caller: the
 * `OrdersEvent` the function receives. A name the function does not serve, or arguments of another
 * shape, do not compile (`invokeOrders('cancelOrdr', ...)`).
 */
export function invokeOrders<O extends OrdersOperation>(
  operation: O,
  args: OrdersArguments[O],
  caller: OrdersCaller,
): LambdaRequest {
  const payload: OperationCall<OrdersArguments, O, OrdersCaller> = { operation, arguments: args, caller };
  return { operation: 'Invoke', payload };
}

/**
 * The field's value from the orders function's result. Its `error` becomes the AppSync error the
 * function chose (`errorType`, `message`, `errorInfo`); a failed invocation stays the data source error.
 */
export function ordersResult<T>(ctx: Context): T {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  const result = ctx.result as OrdersResult<T>;
  if (result.error) {
    util.error(result.error.message, result.error.type, null, result.error.info);
  }
  return result.data;
}
