import type { Context, LambdaRequest } from '@aws-appsync/utils';
import type { MutationCreateProductArgs, Product } from '../schema/generated/types.js';
import { adminCaller, catalogResult, invokeCatalog } from './lib/catalog.js';

/** `createProduct` (admins): validated and stored by the catalog function; a taken SKU is a `Conflict`. */
export function request(ctx: Context<MutationCreateProductArgs>): LambdaRequest {
  return invokeCatalog('createProduct', ctx.args, adminCaller(ctx));
}

export function response(ctx: Context<MutationCreateProductArgs>): Product {
  return catalogResult<Product>(ctx);
}
