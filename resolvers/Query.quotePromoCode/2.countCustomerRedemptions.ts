import { runtime, util } from '@aws-appsync/utils';
import type { Context, DynamoDBQueryRequest } from '@aws-appsync/utils';
import type { PromoItem } from '../lib/promo.js';

/**
 * The caller's redemptions of the code, from the `byUser` index of `promoRedemptions`; skipped when the
 * code is unknown or has no per-customer limit.
 */
export function request(ctx: Context): DynamoDBQueryRequest {
  const promo = ctx.stash.promo as PromoItem | null;
  if (!promo || promo.perCustomerLimit === null || promo.perCustomerLimit === undefined) {
    ctx.stash.customerRedemptions = 0;
    runtime.earlyReturn(0);
  }
  return {
    operation: 'Query',
    index: 'byUser',
    query: {
      expression: '#userId = :userId',
      expressionNames: { '#userId': 'userId' },
      expressionValues: util.dynamodb.toMapValues({ ':userId': ctx.stash.userId as string }),
    },
    filter: {
      expression: '#code = :code',
      expressionNames: { '#code': 'code' },
      expressionValues: util.dynamodb.toMapValues({ ':code': promo.code }),
    },
    // The key only: a count needs no more.
    projection: { expression: '#code', expressionNames: { '#code': 'code' } },
  };
}

export function response(ctx: Context): number {
  if (ctx.error) {
    util.error(ctx.error.message, ctx.error.type);
  }
  const count = (ctx.result as { items: unknown[] }).items.length;
  ctx.stash.customerRedemptions = count;
  return count;
}
