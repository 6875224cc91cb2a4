import { textParam } from '../../lib/sql/params.js';
import { PRODUCT_COLUMNS } from './productColumns.js';
import type { SqlRequest } from '../../lib/sql/SqlRequest.js';

/**
 * The active products among `ids` (one or more), in id order: one statement whatever the count, with one
 * parameter per id (`:id0`, `:id1`, ...).
 */
export function selectActiveProducts(ids: readonly string[]): SqlRequest {
  const names = ids.map((_, index) => `:id${index}`).join(', ');
  return {
    sql: `SELECT ${PRODUCT_COLUMNS} FROM products WHERE active = 1 AND id IN (${names}) ORDER BY id`,
    parameters: ids.map((id, index) => textParam(`id${index}`, id)),
  };
}
