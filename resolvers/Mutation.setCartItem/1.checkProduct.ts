import { runtime, util } from '@aws-appsync/utils';
import type { Context, LambdaRequest } from '@aws-appsync/utils';
import type { MutationSetCartItemArgs, Product } from '../../schema/generated/types.js';
import { catalogCaller, catalogResult, invokeCatalog } from '../lib/catalog.js';

/** The product being added must exist and be active; a removal needs no lookup. */
export function request(ctx: Context<MutationSetCartItemArgs>): LambdaRequest {
  if (ctx.args.quantity === 0) {
    runtime.earlyReturn(null);
  }
  return invokeCatalog('productsByIds', { ids: [ctx.args.productId] }, catalogCaller(ctx));
}

export function response(ctx: Context<MutationSetCartItemArgs>): Product {
  const [product] = catalogResult<Product[]>(ctx);
  if (!product) {
    util.error(`No product has the id ${ctx.args.productId}`, 'NotFound', null, { id: ctx.args.productId });
  }
  return product;
}
