import type { Product } from '../../../schema/generated/types.js';
import type { CatalogDeps } from '../CatalogDeps.js';
import { readProductRecord } from '../readProductRecord.js';
import { selectLowStockProducts } from '../sql/selectLowStockProducts.js';
import { toProduct } from '../toProduct.js';

/** `lowStockProducts` (admins): active products at or below their threshold, lowest stock first. */
export async function listLowStockProducts(deps: CatalogDeps): Promise<Product[]> {
  const rows = await deps.db.query(selectLowStockProducts());
  return rows.map((row) => toProduct(readProductRecord(row), deps.currency));
}
