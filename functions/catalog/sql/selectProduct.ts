import { textParam } from '../../lib/sql/params.js';
import { PRODUCT_COLUMNS } from './productColumns.js';
import type { SqlRequest } from '../../lib/sql/SqlRequest.js';

/** One product by id, archived or not. */
export function selectProduct(id: string): SqlRequest {
  return { sql: `SELECT ${PRODUCT_COLUMNS} FROM products WHERE id = :id`, parameters: [textParam('id', id)] };
}
