import { util } from '@aws-appsync/utils';
import type { Context, NONERequest } from '@aws-appsync/utils';
import type { MutationPublishOrderStatusArgs, OrderStatusEvent } from '../schema/generated/types.js';
import { text } from './lib/validate.js';

/**
 * `publishOrderStatus` (IAM only, NONE data source): echoes the event so that AppSync delivers it to
 * `onOrderStatusChanged` subscribers. It stores nothing; the order functions have stored the change.
 */
export function request(ctx: Context<MutationPublishOrderStatusArgs>): NONERequest {
  const { orderId, userId, status, reason, at } = ctx.args.input;
  const event: OrderStatusEvent = {
    orderId: text('orderId', orderId, 1, 64),
    userId: text('userId', userId, 1, 128),
    status,
    reason: reason ? text('reason', reason, 0, 500) : null,
    at,
  };
  return { payload: event };
}

export function response(ctx: Context<MutationPublishOrderStatusArgs>): OrderStatusEvent {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  return ctx.result as OrderStatusEvent;
}
