import type { MutationCreateProductArgs, Product } from '../../../schema/generated/types.js';
import { conflict } from '../CatalogError.js';
import type { CatalogDeps } from '../CatalogDeps.js';
import { isDuplicateKey } from '../../lib/sql/isDuplicateKey.js';
import { parseNewProduct } from '../parseNewProduct.js';
import type { ProductRecord } from '../ProductRecord.js';
import { insertProduct } from '../sql/insertProduct.js';
import { toProduct } from '../toProduct.js';

/**
 * `createProduct` (admins): checks the input, stores the product at version 1 and returns it. One
 * statement; the unique index on `sku` decides a race between two creations (`Conflict`).
 */
export async function createProduct(args: MutationCreateProductArgs, deps: CatalogDeps): Promise<Product> {
  const fields = parseNewProduct(args.input);
  const now = deps.now().toISOString();
  const record: ProductRecord = { id: deps.newId(), ...fields, version: 1, createdAt: now, updatedAt: now };
  try {
    await deps.db.execute(insertProduct(record));
  } catch (error) {
    if (isDuplicateKey(error)) {
      throw conflict(`Another product already has the SKU ${record.sku}`, {
        field: 'input.sku',
        sku: record.sku,
      });
    }
    throw error;
  }
  return toProduct(record, deps.currency);
}
