import { textParam } from '../../lib/sql/params.js';
import type { SqlRequest } from '../../lib/sql/SqlRequest.js';

/**
 * The orders placed in `[start, end)` (ISO 8601 UTC strings, as `created_at` holds them), grouped by
 * their status now: per status, the number of orders (`orders`) and the sums of their `total_cents` and
 * `discount_cents`. One statement, at most one row per status, whatever the number of orders; the
 * `orders_created` index serves the range.
 *
 * The sums are cast to a signed integer: MySQL's SUM of a BIGINT is a DECIMAL, which the Data API answers
 * as a string (`CAST(... AS SIGNED)` is a BIGINT on MySQL and an integer on SQLite).
 */
export function selectStatusTotals(start: string, end: string): SqlRequest {
  return {
    sql:
      'SELECT status, COUNT(*) AS orders, CAST(SUM(total_cents) AS SIGNED) AS total_cents, ' +
      'CAST(SUM(discount_cents) AS SIGNED) AS discount_cents ' +
      'FROM orders WHERE created_at >= :day_start AND created_at < :day_end GROUP BY status',
    parameters: [textParam('day_start', start), textParam('day_end', end)],
  };
}
