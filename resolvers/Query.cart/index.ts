import type { Context } from '@aws-appsync/utils';
import type { Cart } from '../../schema/generated/types.js';
import { finishCartPipeline, startCartPipeline } from '../lib/cart.js';

/** `cart`: the caller's stored cart (read, then priced by one catalog lookup); empty when none. */
export function request(ctx: Context): Record<string, never> {
  return startCartPipeline(ctx);
}

export function response(ctx: Context): Cart {
  return finishCartPipeline(ctx);
}
