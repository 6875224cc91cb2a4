import { textParam } from '../../lib/sql/params.js';
import type { SqlRequest } from '../../lib/sql/SqlRequest.js';
import { ORDER_COLUMNS } from './orderColumns.js';

/** One order by id. */
export function selectOrder(id: string): SqlRequest {
  return { sql: `SELECT ${ORDER_COLUMNS} FROM orders WHERE id = :id`, parameters: [textParam('id', id)] };
}
