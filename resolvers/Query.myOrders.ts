import type { Context, LambdaRequest } from '@aws-appsync/utils';
import type { OrderConnection, QueryMyOrdersArgs } from '../schema/generated/types.js';
import { invokeOrders, ordersCaller, ordersResult } from './lib/orders.js';

/** `myOrders`: a page of the caller's orders, newest first; whose orders is the caller's `sub`, never an argument. */
export function request(ctx: Context<QueryMyOrdersArgs>): LambdaRequest {
  return invokeOrders('myOrders', ctx.args, ordersCaller(ctx));
}

export function response(ctx: Context<QueryMyOrdersArgs>): OrderConnection {
  return ordersResult<OrderConnection>(ctx);
}
