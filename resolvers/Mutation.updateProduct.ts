import type { Context, LambdaRequest } from '@aws-appsync/utils';
import type { MutationUpdateProductArgs, Product } from '../schema/generated/types.js';
import { adminCaller, catalogResult, invokeCatalog } from './lib/catalog.js';

/** `updateProduct` (admins): changes catalog fields; a stale `expectedVersion` is a `Conflict`. */
export function request(ctx: Context<MutationUpdateProductArgs>): LambdaRequest {
  return invokeCatalog('updateProduct', ctx.args, adminCaller(ctx));
}

export function response(ctx: Context<MutationUpdateProductArgs>): Product {
  return catalogResult<Product>(ctx);
}
