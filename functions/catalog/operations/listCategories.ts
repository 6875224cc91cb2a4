import type { Category } from '../../../schema/generated/types.js';
import type { CatalogDeps } from '../CatalogDeps.js';
import { integer, text } from '../../lib/sql/rowValues.js';
import { selectCategories } from '../sql/selectCategories.js';

/** `categories`: every category with at least one active product, by name, with its product count. */
export async function listCategories(deps: CatalogDeps): Promise<Category[]> {
  const rows = await deps.db.query(selectCategories());
  return rows.map((row) => ({ name: text(row, 'category'), productCount: integer(row, 'product_count') }));
}
