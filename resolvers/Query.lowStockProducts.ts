import type { Context, LambdaRequest } from '@aws-appsync/utils';
import type { Product } from '../schema/generated/types.js';
import { adminCaller, catalogResult, invokeCatalog } from './lib/catalog.js';

/** `lowStockProducts` (admins): active products at or below their low-stock threshold. */
export function request(ctx: Context<Record<string, never>>): LambdaRequest {
  return invokeCatalog('lowStockProducts', ctx.args, adminCaller(ctx));
}

export function response(ctx: Context<Record<string, never>>): Product[] {
  return catalogResult<Product[]>(ctx);
}
