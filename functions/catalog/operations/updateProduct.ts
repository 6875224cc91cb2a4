import type { MutationUpdateProductArgs, Product } from '../../../schema/generated/types.js';
import { conflict, notFound } from '../CatalogError.js';
import type { CatalogDeps } from '../CatalogDeps.js';
import { parseProductChanges } from '../parseProductChanges.js';
import { readProductRecord } from '../readProductRecord.js';
import { selectProduct } from '../sql/selectProduct.js';
import { updateProductFields } from '../sql/updateProductFields.js';
import { toProduct } from '../toProduct.js';

/**
 * `updateProduct` (admins): writes the given fields and increments the version, in one transaction with
 * the read of the result. Only a real change counts: an empty input, or values the product already has,
 * leave it as it is (same version, same `updatedAt`). With `expectedVersion`, a product at another
 * version is a `Conflict` (with `errorInfo.version`, the current one) and nothing changes; an unknown id
 * is `NotFound`.
 */
export async function updateProduct(args: MutationUpdateProductArgs, deps: CatalogDeps): Promise<Product> {
  const changes = parseProductChanges(args.input);
  const expectedVersion = args.expectedVersion ?? null;
  const now = deps.now().toISOString();
  return deps.db.transaction(async (tx) => {
    const changed =
      Object.keys(changes).length > 0 &&
      (await tx.execute(updateProductFields(args.id, changes, now, expectedVersion))) > 0;
    const [row] = await tx.query(selectProduct(args.id));
    if (row === undefined) throw notFound(args.id);
    const product = readProductRecord(row);
    // Nothing matched the update: a stale version, or nothing to change (then the product is returned).
    if (!changed && expectedVersion !== null && product.version !== expectedVersion) {
      throw conflict(`Product ${args.id} is at version ${product.version}, not ${expectedVersion}`, {
        id: args.id,
        expectedVersion,
        version: product.version,
      });
    }
    return toProduct(product, deps.currency);
  });
}
