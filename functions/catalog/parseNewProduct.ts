import type { CreateProductInput } from '../../schema/generated/types.js';
import { httpsUrl, integerIn, sku, text } from './fieldChecks.js';
import { PRODUCT_LIMITS } from './productLimits.js';
import type { ProductRecord } from './ProductRecord.js';

/** What `createProduct` stores besides the id, version and times it adds. */
export type NewProductFields = Omit<ProductRecord, 'id' | 'version' | 'createdAt' | 'updatedAt'>;

/**
 * Checks a `CreateProductInput` against the limits `schema.graphql` states (strings trimmed and counted in
 * characters, SKU pattern, price and stock ranges, https image URL) and fills the defaults: empty
 * description, no image, stock 0, threshold 5, active. Throws a `ValidationError` naming the field
 * (`input.sku`, ...).
 */
export function parseNewProduct(input: CreateProductInput): NewProductFields {
  return {
    sku: sku('input.sku', input.sku),
    name: text('input.name', input.name, 1, 200),
    description: input.description == null ? '' : text('input.description', input.description, 0, 5000),
    category: text('input.category', input.category, 1, 100),
    priceCents: integerIn('input.priceCents', input.priceCents, 0, PRODUCT_LIMITS.maxPriceCents),
    imageUrl: input.imageUrl == null ? null : httpsUrl('input.imageUrl', input.imageUrl),
    stock: input.stock == null ? 0 : integerIn('input.stock', input.stock, 0, PRODUCT_LIMITS.maxUnits),
    lowStockThreshold:
      input.lowStockThreshold == null
        ? PRODUCT_LIMITS.defaultLowStockThreshold
        : integerIn('input.lowStockThreshold', input.lowStockThreshold, 0, PRODUCT_LIMITS.maxUnits),
    active: input.active ?? true,
  };
}
