import { intParam, textParam } from '../../lib/sql/params.js';
import type { SqlRequest } from '../../lib/sql/SqlRequest.js';

/**
 * The orders the sweep sends to the worker again: `PENDING` since before `cutoff` (their message was
 * lost or is still failing), or with a status change made before `cutoff` that nobody was told of (the
 * teller crashed). At most `limit`, oldest first, so a backlog drains over several sweeps.
 */
export function selectStrandedOrders(cutoff: string, limit: number): SqlRequest {
  return {
    sql:
      'SELECT id FROM (' +
      "SELECT id, updated_at AS since FROM orders WHERE status = 'PENDING' AND updated_at < :cutoff " +
      'UNION ' +
      'SELECT order_id AS id, MIN(created_at) AS since FROM order_status_changes ' +
      'WHERE notified_at IS NULL AND created_at < :cutoff GROUP BY order_id' +
      ') stranded GROUP BY id ORDER BY MIN(since), id LIMIT :limit',
    parameters: [textParam('cutoff', cutoff), intParam('limit', limit)],
  };
}
