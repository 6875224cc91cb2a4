import { intParam, textParam } from '../../lib/sql/params.js';
import type { SqlRequest } from '../../lib/sql/SqlRequest.js';
import type { OrderStatus } from '../../../schema/generated/types.js';

/**
 * The lines of the orders placed in `[start, end)` whose status is one of `statuses`, grouped by
 * product: per product, its SKU and name as ordered (the greatest, should they have changed during the
 * day), the units (`units`) and the sum of the line totals (`revenue_cents`); by units, then revenue,
 * then name (in the database's collation), then id, the first `limit`. Each row also carries the units
 * of all the products (`all_units`, the report's items sold): a window over the groups, which the
 * database sums before it orders and limits them. One statement, grouped and limited by the database,
 * whatever the number of orders; casts as in `selectStatusTotals`.
 */
export function selectTopProducts(
  start: string,
  end: string,
  statuses: readonly OrderStatus[],
  limit: number,
): SqlRequest {
  const names = statuses.map((_, index) => `:status_${index}`);
  return {
    sql:
      'SELECT i.product_id AS product_id, MAX(i.sku) AS product_sku, MAX(i.name) AS product_name, ' +
      'CAST(SUM(i.quantity) AS SIGNED) AS units, CAST(SUM(i.line_total_cents) AS SIGNED) AS revenue_cents, ' +
      'CAST(SUM(SUM(i.quantity)) OVER () AS SIGNED) AS all_units ' +
      'FROM orders o JOIN order_items i ON i.order_id = o.id ' +
      `WHERE o.created_at >= :day_start AND o.created_at < :day_end AND o.status IN (${names.join(', ')}) ` +
      'GROUP BY i.product_id ' +
      'ORDER BY units DESC, revenue_cents DESC, product_name, product_id LIMIT :top',
    parameters: [
      textParam('day_start', start),
      textParam('day_end', end),
      ...statuses.map((status, index) => textParam(`status_${index}`, status)),
      intParam('top', limit),
    ],
  };
}
