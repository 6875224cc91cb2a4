import type { Product, QueryProductArgs } from '../../../schema/generated/types.js';
import type { CatalogCaller } from '../CatalogEvent.js';
import type { CatalogDeps } from '../CatalogDeps.js';
import { readProductRecord } from '../readProductRecord.js';
import { selectProduct } from '../sql/selectProduct.js';
import { toProduct } from '../toProduct.js';

/** `product`: the product, or null when no product has the id or it is archived (admins see archived). */
export async function getProduct(
  args: QueryProductArgs,
  caller: CatalogCaller | null,
  deps: CatalogDeps,
): Promise<Product | null> {
  const [row] = await deps.db.query(selectProduct(args.id));
  if (row === undefined) return null;
  const record = readProductRecord(row);
  if (!record.active && caller?.admin !== true) return null;
  return toProduct(record, deps.currency);
}
