import { textParam } from '../../lib/sql/params.js';
import type { SqlRequest } from '../../lib/sql/SqlRequest.js';
import { ORDER_COLUMNS } from './orderColumns.js';

/** The order a user placed with an idempotency key, if any (the unique index makes it one at most). */
export function selectOrderByKey(userId: string, idempotencyKey: string): SqlRequest {
  return {
    sql: `SELECT ${ORDER_COLUMNS} FROM orders WHERE user_id = :user_id AND idempotency_key = :idempotency_key`,
    parameters: [textParam('user_id', userId), textParam('idempotency_key', idempotencyKey)],
  };
}
