import { integer, text } from '../lib/sql/rowValues.js';
import type { ProductRecord } from './ProductRecord.js';

/**
 * Reads one row of `PRODUCT_COLUMNS` as the Data API returns it with `formatRecordsAs: JSON` (an object
 * keyed by column name). Throws when a column is missing or of another type: the row does not come from
 * the `products` table the migrations create, which is a fault, not a user error.
 */
export function readProductRecord(row: Readonly<Record<string, unknown>>): ProductRecord {
  return {
    id: text(row, 'id'),
    sku: text(row, 'sku'),
    name: text(row, 'name'),
    description: text(row, 'description'),
    category: text(row, 'category'),
    priceCents: integer(row, 'price_cents'),
    imageUrl: row.image_url === null ? null : text(row, 'image_url'),
    stock: integer(row, 'stock'),
    lowStockThreshold: integer(row, 'low_stock_threshold'),
    active: integer(row, 'active') !== 0,
    version: integer(row, 'version'),
    createdAt: text(row, 'created_at'),
    updatedAt: text(row, 'updated_at'),
  };
}
