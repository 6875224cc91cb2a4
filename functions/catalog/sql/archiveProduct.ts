import { textParam } from './params.js';
import type { SqlRequest } from './SqlRequest.js';

/** Archives a product (`active = 0`), a change of its catalog fields: `version` is incremented. */
export function archiveProduct(id: string, updatedAt: string): SqlRequest {
  return {
    sql: 'UPDATE products SET active = 0, version = version + 1, updated_at = :updated_at WHERE id = :id',
    parameters: [textParam('updated_at', updatedAt), textParam('id', id)],
  };
}
