import type { Context, LambdaRequest } from '@aws-appsync/utils';
import type { MutationUpdateOrderStatusArgs, Order } from '../schema/generated/types.js';
import { invokeOrders, ordersAdminCaller, ordersResult } from './lib/orders.js';

/** `updateOrderStatus` (admins): moves an order to another status, only along the allowed moves. */
export function request(ctx: Context<MutationUpdateOrderStatusArgs>): LambdaRequest {
  return invokeOrders('updateOrderStatus', ctx.args, ordersAdminCaller(ctx));
}

export function response(ctx: Context<MutationUpdateOrderStatusArgs>): Order {
  return ordersResult<Order>(ctx);
}
