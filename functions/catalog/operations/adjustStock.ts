import { invariant } from '../../lib/invariant.js';
import type { MutationAdjustStockArgs, Product } from '../../../schema/generated/types.js';
import { notFound, validationError } from '../CatalogError.js';
import type { CatalogCaller } from '../CatalogEvent.js';
import type { CatalogDeps } from '../CatalogDeps.js';
import { integer } from '../../lib/sql/rowValues.js';
import { readProductRecord } from '../readProductRecord.js';
import { addStock } from '../sql/addStock.js';
import { insertStockMovement } from '../sql/insertStockMovement.js';
import { selectProduct } from '../sql/selectProduct.js';
import { selectProductState } from '../sql/selectProductState.js';
import { parseStockAdjustment } from '../parseStockAdjustment.js';
import { toProduct } from '../toProduct.js';

/**
 * `adjustStock` (admins): adds `delta` to the stock and records the movement, both in one transaction, so
 * a stock change without its movement (or the reverse) is never committed. The stock never goes below 0:
 * the UPDATE is conditional, and a delta that would cross 0 is a `ValidationError` on `delta` with
 * `errorInfo.available`. An unknown id is `NotFound`.
 */
export async function adjustStock(
  args: MutationAdjustStockArgs,
  caller: CatalogCaller,
  deps: CatalogDeps,
): Promise<Product> {
  const { id, delta, reason } = parseStockAdjustment(args);
  const now = deps.now().toISOString();
  return deps.db.transaction(async (tx) => {
    if ((await tx.execute(addStock(id, delta, now))) === 0) {
      const [state] = await tx.query(selectProductState(id));
      if (state === undefined) throw notFound(id);
      const available = integer(state, 'stock');
      throw validationError('delta', `would take the stock of ${available} below 0`, { available });
    }
    await tx.execute(
      insertStockMovement({
        id: deps.newId(),
        productId: id,
        delta,
        reason,
        actor: caller.sub,
        createdAt: now,
      }),
    );
    const [row] = await tx.query(selectProduct(id));
    invariant(row !== undefined, `product ${id} exists inside its own stock transaction`);
    return toProduct(readProductRecord(row), deps.currency);
  });
}
