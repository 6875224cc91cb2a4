import type { Context, LambdaRequest } from '@aws-appsync/utils';
import type { Order, QueryOrderArgs } from '../schema/generated/types.js';
import { invokeOrders, ordersCaller, ordersResult } from './lib/orders.js';

/** `order`: one order through the orders function; its owner or an admin sees it, null when absent. */
export function request(ctx: Context<QueryOrderArgs>): LambdaRequest {
  return invokeOrders('order', ctx.args, ordersCaller(ctx));
}

export function response(ctx: Context<QueryOrderArgs>): Order | null {
  return ordersResult<Order | null>(ctx);
}
