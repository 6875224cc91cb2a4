import { textParam } from '../../lib/sql/params.js';
import type { SqlRequest } from '../../lib/sql/SqlRequest.js';

/** What pricing and the stock check need of the products `ids` (one or more), archived ones included. */
export function selectProductsForOrder(ids: readonly string[]): SqlRequest {
  return {
    sql:
      'SELECT id, sku, name, price_cents, stock, low_stock_threshold, active FROM products ' +
      `WHERE id IN (${ids.map((_, i) => `:id${i}`).join(', ')}) ORDER BY id`,
    parameters: ids.map((id, i) => textParam(`id${i}`, id)),
  };
}
