import { intParam, textParam } from '../../lib/sql/params.js';
import type { SqlRequest } from '../../lib/sql/SqlRequest.js';

/** One stock change an order made: negative when it took stock, positive when it gave it back. */
export interface OrderMovement {
  readonly id: string;
  readonly productId: string;
  readonly delta: number;
}

const COLUMNS = ['id', 'product_id', 'delta', 'reason', 'actor', 'created_at', 'order_id'];

/**
 * Records an order's stock changes (one or more) in one multi-row statement, each naming the order
 * (`stock_movements.order_id`), so an order's movements sum to what it holds.
 */
export function insertOrderMovements(
  orderId: string,
  movements: readonly OrderMovement[],
  reason: string,
  actor: string,
  at: string,
): SqlRequest {
  const rows = movements.map((_, i) => `(${COLUMNS.map((column) => `:${column}_${i}`).join(', ')})`);
  return {
    sql: `INSERT INTO stock_movements (${COLUMNS.join(', ')}) VALUES ${rows.join(', ')}`,
    parameters: movements.flatMap((movement, i) => [
      textParam(`id_${i}`, movement.id),
      textParam(`product_id_${i}`, movement.productId),
      intParam(`delta_${i}`, movement.delta),
      textParam(`reason_${i}`, reason),
      textParam(`actor_${i}`, actor),
      textParam(`created_at_${i}`, at),
      textParam(`order_id_${i}`, orderId),
    ]),
  };
}
