import { invariant } from '../../lib/invariant.js';
import type { MutationDeleteProductArgs, Product } from '../../../schema/generated/types.js';
import { notFound } from '../CatalogError.js';
import type { CatalogDeps } from '../CatalogDeps.js';
import { readProductRecord } from '../readProductRecord.js';
import { archiveProduct as archiveProductSql } from '../sql/archiveProduct.js';
import { selectProduct } from '../sql/selectProduct.js';
import { toProduct } from '../toProduct.js';

/**
 * `deleteProduct` (admins): archives the product (inactive, hidden from the public catalog; its rows and
 * past orders stay) and returns it. An unknown id is `NotFound`.
 */
export async function archiveProduct(args: MutationDeleteProductArgs, deps: CatalogDeps): Promise<Product> {
  const now = deps.now().toISOString();
  return deps.db.transaction(async (tx) => {
    if ((await tx.execute(archiveProductSql(args.id, now))) === 0) throw notFound(args.id);
    const [row] = await tx.query(selectProduct(args.id));
    invariant(row !== undefined, `product ${args.id} exists inside its own archive transaction`);
    return toProduct(readProductRecord(row), deps.currency);
  });
}
