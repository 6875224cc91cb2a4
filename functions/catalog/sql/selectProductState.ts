import { textParam } from '../../lib/sql/params.js';
import type { SqlRequest } from '../../lib/sql/SqlRequest.js';

/**
 * A product's `stock` and `version` by id: read after a conditional UPDATE matched nothing, to tell an
 * unknown id from a stale version or a too large stock decrease.
 */
export function selectProductState(id: string): SqlRequest {
  return { sql: 'SELECT stock, version FROM products WHERE id = :id', parameters: [textParam('id', id)] };
}
