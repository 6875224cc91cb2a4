import type { MutationAdjustStockArgs } from '../../schema/generated/types.js';
import { validationError } from './CatalogError.js';
import { integerIn, text } from './fieldChecks.js';
import { PRODUCT_LIMITS } from './productLimits.js';

/** A checked `adjustStock` call. */
export interface StockAdjustment {
  readonly id: string;
  /** Non-zero, -1000000 to 1000000. */
  readonly delta: number;
  /** Trimmed, 1 to 500 characters. */
  readonly reason: string;
}

/** Checks `adjustStock`'s arguments (schema.graphql); throws a `ValidationError` naming `delta` or `reason`. */
export function parseStockAdjustment(args: MutationAdjustStockArgs): StockAdjustment {
  const delta = integerIn('delta', args.delta, -PRODUCT_LIMITS.maxUnits, PRODUCT_LIMITS.maxUnits);
  if (delta === 0) throw validationError('delta', 'must not be 0');
  return { id: args.id, delta, reason: text('reason', args.reason, 1, 500) };
}
