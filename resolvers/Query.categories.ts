import type { Context, LambdaRequest } from '@aws-appsync/utils';
import type { Category } from '../schema/generated/types.js';
import { catalogCaller, catalogResult, invokeCatalog } from './lib/catalog.js';

/** `categories`: the categories of the active products, with their counts, through the catalog function. */
export function request(ctx: Context<Record<string, never>>): LambdaRequest {
  return invokeCatalog('categories', ctx.args, catalogCaller(ctx));
}

export function response(ctx: Context<Record<string, never>>): Category[] {
  return catalogResult<Category[]>(ctx);
}
