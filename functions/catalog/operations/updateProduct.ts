import { invariant } from '../../lib/invariant.js';
import type { MutationUpdateProductArgs, Product } from '../../../schema/generated/types.js';
import { conflict, notFound } from '../CatalogError.js';
import type { CatalogDeps } from '../CatalogDeps.js';
import { parseProductChanges } from '../parseProductChanges.js';
import { integer, readProductRecord } from '../readProductRecord.js';
import { selectProduct } from '../sql/selectProduct.js';
import { selectProductState } from '../sql/selectProductState.js';
import { updateProductFields } from '../sql/updateProductFields.js';
import { toProduct } from '../toProduct.js';

/**
 * `updateProduct` (admins): writes the given fields and increments the version, in one transaction with
 * the read of the result. With `expectedVersion`, a product at another version is a `Conflict` (with
 * `errorInfo.version`, the current one) and nothing changes; an unknown id is `NotFound`.
 */
export async function updateProduct(args: MutationUpdateProductArgs, deps: CatalogDeps): Promise<Product> {
  const changes = parseProductChanges(args.input);
  const expectedVersion = args.expectedVersion ?? null;
  const now = deps.now().toISOString();
  return deps.db.transaction(async (tx) => {
    const matched = await tx.execute(updateProductFields(args.id, changes, now, expectedVersion));
    if (matched === 0) {
      const [state] = await tx.query(selectProductState(args.id));
      if (state === undefined) throw notFound(args.id);
      const version = integer(state, 'version');
      throw conflict(`Product ${args.id} is at version ${version}, not ${expectedVersion}`, {
        id: args.id,
        expectedVersion,
        version,
      });
    }
    const [row] = await tx.query(selectProduct(args.id));
    invariant(row !== undefined, `product ${args.id} exists inside its own update transaction`);
    return toProduct(readProductRecord(row), deps.currency);
  });
}
