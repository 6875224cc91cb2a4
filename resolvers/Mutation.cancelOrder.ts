import type { Context, LambdaRequest } from '@aws-appsync/utils';
import type { MutationCancelOrderArgs, Order } from '../schema/generated/types.js';
import { invokeOrders, ordersCaller, ordersResult } from './lib/orders.js';

/**
 * `cancelOrder`: cancels a `PENDING` or `CONFIRMED` order and returns its stock. The owner or an admin
 * may; the orders function decides from the caller, which comes from the identity.
 */
export function request(ctx: Context<MutationCancelOrderArgs>): LambdaRequest {
  return invokeOrders('cancelOrder', ctx.args, ordersCaller(ctx));
}

export function response(ctx: Context<MutationCancelOrderArgs>): Order {
  return ordersResult<Order>(ctx);
}
