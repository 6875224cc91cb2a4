import type { MutationDeleteProductArgs, Product } from '../../../schema/generated/types.js';
import { notFound } from '../CatalogError.js';
import type { CatalogDeps } from '../CatalogDeps.js';
import { readProductRecord } from '../readProductRecord.js';
import { archiveProduct as archiveProductSql } from '../sql/archiveProduct.js';
import { selectProduct } from '../sql/selectProduct.js';
import { toProduct } from '../toProduct.js';

/**
 * `deleteProduct` (admins): archives the product (inactive, hidden from the public catalog; its rows and
 * past orders stay) and returns it. An archived product is returned as it is (same version, same
 * `updatedAt`). An unknown id is `NotFound`.
 */
export async function archiveProduct(args: MutationDeleteProductArgs, deps: CatalogDeps): Promise<Product> {
  const now = deps.now().toISOString();
  return deps.db.transaction(async (tx) => {
    await tx.execute(archiveProductSql(args.id, now));
    const [row] = await tx.query(selectProduct(args.id));
    if (row === undefined) throw notFound(args.id);
    return toProduct(readProductRecord(row), deps.currency);
  });
}
