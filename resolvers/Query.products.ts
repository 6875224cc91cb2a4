import type { Context, LambdaRequest } from '@aws-appsync/utils';
import type { ProductConnection, QueryProductsArgs } from '../schema/generated/types.js';
import { catalogCaller, catalogResult, invokeCatalog } from './lib/catalog.js';

/** `products`: a page of active products through the catalog function (filter, sort, signed `nextToken`). */
export function request(ctx: Context<QueryProductsArgs>): LambdaRequest {
  return invokeCatalog('products', ctx.args, catalogCaller(ctx));
}

export function response(ctx: Context<QueryProductsArgs>): ProductConnection {
  return catalogResult<ProductConnection>(ctx);
}
