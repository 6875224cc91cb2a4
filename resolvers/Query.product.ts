import type { Context, LambdaRequest } from '@aws-appsync/utils';
import type { Product, QueryProductArgs } from '../schema/generated/types.js';
import { catalogCaller, catalogResult, invokeCatalog } from './lib/catalog.js';

/** `product`: one product through the catalog function; null when absent or archived (admins see archived). */
export function request(ctx: Context<QueryProductArgs>): LambdaRequest {
  return invokeCatalog('product', ctx.args, catalogCaller(ctx));
}

export function response(ctx: Context<QueryProductArgs>): Product | null {
  return catalogResult<Product | null>(ctx);
}
