import type { Product } from '../../../schema/generated/types.js';
import type { CatalogDeps } from '../CatalogDeps.js';
import { validationError } from '../CatalogError.js';
import type { ProductLookupArgs } from '../CatalogEvent.js';
import { readProductRecord } from '../readProductRecord.js';
import { selectActiveProducts } from '../sql/selectActiveProducts.js';
import { toProduct } from '../toProduct.js';

/** Ids one lookup takes: a cart's 50 lines and a guest cart's 50 being merged into it. */
export const MAX_LOOKUP_IDS = 100;

/**
 * `productsByIds` (not a GraphQL field; the cart pipelines call it): the active products among `ids`, in
 * one SQL statement whatever their number. Unknown and archived ids are left out, so the caller sees a
 * line whose product is gone. Duplicates are looked up once.
 */
export async function lookUpProducts(args: ProductLookupArgs, deps: CatalogDeps): Promise<Product[]> {
  const ids = [...new Set(args.ids)];
  if (ids.length > MAX_LOOKUP_IDS) {
    throw validationError('ids', `must be at most ${MAX_LOOKUP_IDS} product ids`);
  }
  if (ids.some((id) => typeof id !== 'string' || id.length === 0 || id.length > 100)) {
    throw validationError('ids', 'must be product ids of 1 to 100 characters');
  }
  if (ids.length === 0) return [];
  const rows = await deps.db.query(selectActiveProducts(ids));
  return rows.map((row) => toProduct(readProductRecord(row), deps.currency));
}
