import { PRODUCT_COLUMNS } from './productColumns.js';
import type { SqlRequest } from '../../lib/sql/SqlRequest.js';

/** Active products whose stock is at or below their threshold, lowest stock first, then by name. */
export function selectLowStockProducts(): SqlRequest {
  return {
    sql:
      `SELECT ${PRODUCT_COLUMNS} FROM products WHERE active = 1 AND stock <= low_stock_threshold ` +
      'ORDER BY stock, name, id',
    parameters: [],
  };
}
