import type { Context, LambdaRequest } from '@aws-appsync/utils';
import type { MutationDeleteProductArgs, Product } from '../schema/generated/types.js';
import { adminCaller, catalogResult, invokeCatalog } from './lib/catalog.js';

/** `deleteProduct` (admins): archives the product (inactive), keeping it for past orders. */
export function request(ctx: Context<MutationDeleteProductArgs>): LambdaRequest {
  return invokeCatalog('deleteProduct', ctx.args, adminCaller(ctx));
}

export function response(ctx: Context<MutationDeleteProductArgs>): Product {
  return catalogResult<Product>(ctx);
}
