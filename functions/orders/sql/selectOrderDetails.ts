import { textParam } from '../../lib/sql/params.js';
import type { SqlRequest } from '../../lib/sql/SqlRequest.js';

/**
 * The lines and the status history of the orders `ids` (one or more), in two statements whatever their
 * number: lines in line order, changes in the order they were made.
 */
export function selectOrderDetails(ids: readonly string[]): { items: SqlRequest; history: SqlRequest } {
  const names = ids.map((_, i) => `:id${i}`).join(', ');
  const parameters = ids.map((id, i) => textParam(`id${i}`, id));
  return {
    items: {
      sql:
        'SELECT order_id, line_no, product_id, sku, name, unit_price_cents, quantity, line_total_cents ' +
        `FROM order_items WHERE order_id IN (${names}) ORDER BY order_id, line_no`,
      parameters,
    },
    history: {
      sql:
        'SELECT id, order_id, from_status, to_status, reason, actor, created_at FROM order_status_changes ' +
        `WHERE order_id IN (${names}) ORDER BY order_id, created_at, id`,
      parameters,
    },
  };
}
