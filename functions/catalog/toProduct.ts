import type { Product } from '../../schema/generated/types.js';
import type { ProductRecord } from './ProductRecord.js';

/**
 * The API's `Product` for a stored product: the price as `Money` in the shop currency, `inStock` from the
 * stock. Every field is returned; the schema's directives hide the admin-only ones from other callers.
 */
export function toProduct(record: ProductRecord, currency: string): Product {
  return {
    id: record.id,
    sku: record.sku,
    name: record.name,
    description: record.description,
    category: record.category,
    price: { cents: record.priceCents, currency },
    imageUrl: record.imageUrl,
    inStock: record.stock > 0,
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    stock: record.stock,
    lowStockThreshold: record.lowStockThreshold,
    active: record.active,
    version: record.version,
  };
}
