import type { UpdateProductInput } from '../../schema/generated/types.js';
import { httpsUrl, integerIn, text } from './fieldChecks.js';
import type { ProductChanges } from './ProductChanges.js';
import { PRODUCT_LIMITS } from './productLimits.js';

/**
 * Checks an `UpdateProductInput` with the limits of `parseNewProduct`. A field left out, or null, stays as
 * it is; only `imageUrl: null` changes something (it removes the image). Throws a `ValidationError` naming
 * the field (`input.name`, ...).
 */
export function parseProductChanges(input: UpdateProductInput): ProductChanges {
  return {
    ...(input.name != null && { name: text('input.name', input.name, 1, 200) }),
    ...(input.description != null && {
      description: text('input.description', input.description, 0, 5000),
    }),
    ...(input.category != null && { category: text('input.category', input.category, 1, 100) }),
    ...(input.priceCents != null && {
      priceCents: integerIn('input.priceCents', input.priceCents, 0, PRODUCT_LIMITS.maxPriceCents),
    }),
    ...(input.imageUrl === null && { imageUrl: null }),
    ...(input.imageUrl != null && { imageUrl: httpsUrl('input.imageUrl', input.imageUrl) }),
    ...(input.lowStockThreshold != null && {
      lowStockThreshold: integerIn(
        'input.lowStockThreshold',
        input.lowStockThreshold,
        0,
        PRODUCT_LIMITS.maxUnits,
      ),
    }),
    ...(input.active != null && { active: input.active }),
  };
}
