import { textParam } from '../../lib/sql/params.js';
import type { SqlRequest } from '../../lib/sql/SqlRequest.js';

/**
 * Archives a product (`active = 0`), a change of its catalog fields: `version` is incremented. An
 * archived product is not matched, so archiving it again changes nothing; zero rows matched thus means
 * an unknown id or an archived product, and the caller reads the row to tell which.
 */
export function archiveProduct(id: string, updatedAt: string): SqlRequest {
  return {
    sql: 'UPDATE products SET active = 0, version = version + 1, updated_at = :updated_at WHERE id = :id AND active <> 0',
    parameters: [textParam('updated_at', updatedAt), textParam('id', id)],
  };
}
