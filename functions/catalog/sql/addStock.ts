import { intParam, textParam } from '../../lib/sql/params.js';
import type { SqlRequest } from '../../lib/sql/SqlRequest.js';

/**
 * Adds `delta` (negative: takes) to a product's stock, only if the stock stays at 0 or more: the row is
 * matched only while `stock >= -delta`, so the check and the write are one atomic statement. Zero rows
 * matched means an unknown id or too little stock. `version` is left alone: it guards the catalog fields
 * `updateProduct` writes, and stock changes (deltas) do not conflict with those.
 */
export function addStock(id: string, delta: number, updatedAt: string): SqlRequest {
  return {
    sql:
      'UPDATE products SET stock = stock + :delta, updated_at = :updated_at ' +
      'WHERE id = :id AND stock >= :required',
    parameters: [
      intParam('delta', delta),
      textParam('updated_at', updatedAt),
      textParam('id', id),
      intParam('required', Math.max(0, -delta)),
    ],
  };
}
