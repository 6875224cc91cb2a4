import type { Context, LambdaRequest } from '@aws-appsync/utils';
import type { OrderConnection, QueryOrdersArgs } from '../schema/generated/types.js';
import { invokeOrders, ordersAdminCaller, ordersResult } from './lib/orders.js';

/** `orders` (admins): a page of all shoppers' orders, newest first, optionally filtered. */
export function request(ctx: Context<QueryOrdersArgs>): LambdaRequest {
  return invokeOrders('orders', ctx.args, ordersAdminCaller(ctx));
}

export function response(ctx: Context<QueryOrdersArgs>): OrderConnection {
  return ordersResult<OrderConnection>(ctx);
}
