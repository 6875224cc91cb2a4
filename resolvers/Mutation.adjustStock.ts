import type { Context, LambdaRequest } from '@aws-appsync/utils';
import type { MutationAdjustStockArgs, Product } from '../schema/generated/types.js';
import { adminCaller, catalogResult, invokeCatalog } from './lib/catalog.js';

/** `adjustStock` (admins): changes the stock and records the movement in one transaction; never below 0. */
export function request(ctx: Context<MutationAdjustStockArgs>): LambdaRequest {
  return invokeCatalog('adjustStock', ctx.args, adminCaller(ctx));
}

export function response(ctx: Context<MutationAdjustStockArgs>): Product {
  return catalogResult<Product>(ctx);
}
