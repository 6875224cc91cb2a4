import type { StockMovement } from '../StockMovement.js';
import { intParam, textParam } from '../../lib/sql/params.js';
import type { SqlRequest } from '../../lib/sql/SqlRequest.js';

/** Records one stock change (`migrations/0002_create_stock_movements.sql`). */
export function insertStockMovement(movement: StockMovement): SqlRequest {
  return {
    sql:
      'INSERT INTO stock_movements (id, product_id, delta, reason, actor, created_at) ' +
      'VALUES (:id, :product_id, :delta, :reason, :actor, :created_at)',
    parameters: [
      textParam('id', movement.id),
      textParam('product_id', movement.productId),
      intParam('delta', movement.delta),
      textParam('reason', movement.reason),
      textParam('actor', movement.actor),
      textParam('created_at', movement.createdAt),
    ],
  };
}
