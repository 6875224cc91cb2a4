import { runtime, util } from '@aws-appsync/utils';
import type { Context, DynamoDBDeleteItemRequest } from '@aws-appsync/utils';
import type { MutationPlaceOrderArgs, Order } from '../../schema/generated/types.js';
import type { CartStash } from '../lib/cart.js';
import { conditionFailed } from '../lib/conditionFailed.js';

/**
 * Deletes the stored cart the order was placed from, only at the version read, so a line added or
 * changed meanwhile is never lost. Skipped when the lines were given (no cart was read). Passes the
 * order on either way.
 */
export function request(ctx: Context<MutationPlaceOrderArgs>): DynamoDBDeleteItemRequest {
  const stash = ctx.stash as CartStash;
  const cart = stash.cart;
  if (!cart) {
    runtime.earlyReturn((ctx.prev as { result: Order }).result, { skipTo: 'NEXT' });
  }
  return {
    operation: 'DeleteItem',
    key: util.dynamodb.toMapValues({ userId: stash.userId }),
    condition: {
      expression: '#version = :version',
      expressionNames: { '#version': 'version' },
      expressionValues: util.dynamodb.toMapValues({ ':version': cart.version }),
    },
  };
}

/**
 * The order, which is placed whatever happens to the cart. A failed condition (the cart changed since
 * it was read) keeps the cart and is no error; any other failure is reported beside the order, not
 * instead of it (a retry with the same idempotency key answers the same order and clears the cart).
 */
export function response(ctx: Context<MutationPlaceOrderArgs>): Order {
  if (ctx.error && !conditionFailed(ctx)) {
    util.appendError(ctx.error.message, ctx.error.type);
  }
  return (ctx.prev as { result: Order }).result;
}
