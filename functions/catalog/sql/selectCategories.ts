import type { SqlRequest } from '../../lib/sql/SqlRequest.js';

/** Every category with its number of active products, by name (uses `products_category`). */
export function selectCategories(): SqlRequest {
  return {
    sql:
      'SELECT category, COUNT(*) AS product_count FROM products WHERE active = 1 ' +
      'GROUP BY category ORDER BY category',
    parameters: [],
  };
}
