import { util } from '@aws-appsync/utils';
import type { Context, DynamoDBQueryRequest } from '@aws-appsync/utils';
import type { PromoCodeConnection, QueryPromoCodesArgs } from '../schema/generated/types.js';
import { adminCaller } from './lib/catalog.js';
import { PROMO_LIST_KEY, toPromoCode } from './lib/promo.js';
import type { PromoItem } from './lib/promo.js';
import { shopCurrency } from './lib/settings.js';
import { invalid } from './lib/validate.js';

/**
 * `promoCodes` (admins): a page of every code, sorted by code, through the `byCode` index. The
 * `nextToken` is the data source's own pagination token, which AppSync encrypts: one that was edited,
 * made up or issued for another query is a `ValidationError`.
 */
export function request(ctx: Context<QueryPromoCodesArgs>): DynamoDBQueryRequest {
  adminCaller(ctx);
  const limit = ctx.args.limit ?? 20;
  if (limit < 1 || limit > 100) {
    invalid('limit', 'must be 1 to 100');
  }
  return {
    operation: 'Query',
    index: 'byCode',
    query: {
      expression: '#listKey = :listKey',
      expressionNames: { '#listKey': 'listKey' },
      expressionValues: util.dynamodb.toMapValues({ ':listKey': PROMO_LIST_KEY }),
    },
    limit,
    nextToken: ctx.args.nextToken ?? undefined,
  };
}

export function response(ctx: Context<QueryPromoCodesArgs>): PromoCodeConnection {
  if (ctx.error) {
    if (ctx.args.nextToken) {
      invalid('nextToken', 'is not a token of this list; start again without it');
    }
    util.error(ctx.error.message, ctx.error.type);
  }
  const page = ctx.result as { items: PromoItem[]; nextToken?: string | null };
  const currency = shopCurrency(ctx);
  return { items: page.items.map((item) => toPromoCode(item, currency)), nextToken: page.nextToken ?? null };
}
