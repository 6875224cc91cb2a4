import { extensions, util } from '@aws-appsync/utils';
import type { Context, NONERequest } from '@aws-appsync/utils';
import type { SubscriptionOnOrderStatusChangedArgs } from '../schema/generated/types.js';
import { cognitoIdentity, isAdmin } from './lib/identity.js';

/**
 * `onOrderStatusChanged`: the filter is set here, on the server, from the caller's token. A shopper gets
 * only events whose `userId` is their own `sub`, whatever `orderId` they pass; an admin gets every event,
 * or one order's.
 */
export function request(ctx: Context<SubscriptionOnOrderStatusChangedArgs>): NONERequest {
  cognitoIdentity(ctx);
  return { payload: null };
}

export function response(ctx: Context<SubscriptionOnOrderStatusChangedArgs>): null {
  const identity = cognitoIdentity(ctx);
  const filter: Record<string, { eq: string }> = {};
  if (!isAdmin(identity)) {
    filter.userId = { eq: identity.sub };
  }
  if (ctx.args.orderId) {
    filter.orderId = { eq: ctx.args.orderId };
  }
  if (Object.keys(filter).length > 0) {
    extensions.setSubscriptionFilter(util.transform.toSubscriptionFilter(filter));
  }
  return null;
}
