import { textParam } from '../../lib/sql/params.js';
import type { SqlRequest } from '../../lib/sql/SqlRequest.js';

/** The stock and low-stock threshold of the products `ids` (one or more). */
export function selectStockLevels(ids: readonly string[]): SqlRequest {
  return {
    sql:
      'SELECT id, sku, name, stock, low_stock_threshold FROM products ' +
      `WHERE id IN (${ids.map((_, i) => `:id${i}`).join(', ')}) ORDER BY id`,
    parameters: ids.map((id, i) => textParam(`id${i}`, id)),
  };
}
