import type { OrderStatus } from '../../schema/generated/types.js';
import { addStock } from '../catalog/sql/addStock.js';
import { integer, text } from '../lib/sql/rowValues.js';
import type { SqlExecutor } from '../lib/sql/SqlExecutor.js';
import type { LowStockCrossing } from './OrderEffects.js';
import type { OrderItemRecord, OrderRecord } from './OrderRecord.js';
import type { OrdersDeps } from './OrdersDeps.js';
import { readOrderItem } from './readOrderRows.js';
import { insertOrderMovements } from './sql/insertOrderMovements.js';
import { insertStatusChange } from './sql/insertStatusChange.js';
import { moveOrderStatus } from './sql/moveOrderStatus.js';
import { selectOrderDetails } from './sql/selectOrderDetails.js';
import { selectStockLevels } from './sql/selectStockLevels.js';

/** A status change to make: where to, why (shown to the shopper), and who (null: the shop's backend). */
export interface MoveRequest {
  readonly to: OrderStatus;
  readonly reason: string | null;
  readonly actor: string | null;
}

/** A stored move: the order as it is now, and the products whose stock crossed their threshold. */
export interface StoredMove {
  readonly order: OrderRecord;
  readonly lowStock: readonly LowStockCrossing[];
}

/** The order changed since it was read (another move won): read it again and decide again. */
export class StaleOrder extends Error {
  override readonly name = 'StaleOrder';
}

/** A line's product has too little stock to confirm the order; nothing was stored. */
export class Shortage extends Error {
  override readonly name = 'Shortage';

  constructor(
    readonly productId: string,
    readonly productName: string,
    readonly available: number,
  ) {
    super(`Only ${available} of ${productName} left`);
  }
}

/**
 * Stores one move of `order` (as read, at its version) in one transaction: the status update under a
 * condition on the version, the stock the move takes (`PENDING → CONFIRMED`: a conditional decrement per
 * line, `stock >= quantity`) or gives back (`CONFIRMED → CANCELLED`), a stock movement per line naming
 * the order, and the history row. All of it or nothing: `StaleOrder` when another change came first,
 * `Shortage` when a line's stock cannot cover it. The caller checks the move is allowed.
 */
export async function storeMove(
  deps: OrdersDeps,
  order: OrderRecord,
  move: MoveRequest,
): Promise<StoredMove> {
  const at = deps.now().toISOString();
  const stock = stockEffect(order.status, move.to);
  const lowStock = await deps.db.transaction(async (tx) => {
    const moved = await tx.execute(
      moveOrderStatus({ orderId: order.id, version: order.version, to: move.to, reason: move.reason, at }),
    );
    if (moved !== 1) throw new StaleOrder(`Order ${order.id} changed since version ${order.version}`);
    let crossings: LowStockCrossing[] = [];
    if (stock !== 0) {
      const lines = await orderLines(tx, order.id);
      crossings = await changeStock(tx, lines, stock, at);
      await tx.execute(
        insertOrderMovements(
          order.id,
          lines.map((line) => ({
            id: deps.newId(),
            productId: line.productId,
            delta: stock * line.quantity,
          })),
          stock < 0 ? `order ${order.id} confirmed` : `order ${order.id} cancelled`,
          move.actor ?? 'orders',
          at,
        ),
      );
    }
    await tx.execute(
      insertStatusChange({
        id: deps.newId(),
        orderId: order.id,
        fromStatus: order.status,
        toStatus: move.to,
        reason: move.reason,
        actor: move.actor,
        createdAt: at,
      }),
    );
    return crossings;
  });
  return {
    order: {
      ...order,
      status: move.to,
      statusReason: move.reason,
      updatedAt: at,
      version: order.version + 1,
    },
    lowStock,
  };
}

/** -1: the move takes each line's quantity from stock; +1: gives it back; 0: leaves stock alone. */
function stockEffect(from: OrderStatus, to: OrderStatus): -1 | 0 | 1 {
  if (from === 'PENDING' && to === 'CONFIRMED') return -1;
  if (from === 'CONFIRMED' && to === 'CANCELLED') return 1;
  return 0;
}

/** An order's lines merged per product (a product appears once), in product id order. */
async function orderLines(tx: SqlExecutor, orderId: string): Promise<OrderItemRecord[]> {
  const rows = await tx.query(selectOrderDetails([orderId]).items);
  const byProduct = new Map<string, OrderItemRecord>();
  for (const item of rows.map(readOrderItem)) {
    const seen = byProduct.get(item.productId);
    byProduct.set(item.productId, seen ? { ...seen, quantity: seen.quantity + item.quantity } : item);
  }
  // One lock order for every transaction, so two orders of the same products never deadlock.
  return [...byProduct.values()].sort((a, b) => (a.productId < b.productId ? -1 : 1));
}

/**
 * Applies `sign × quantity` to each line's product. A decrement matches only while `stock >= quantity`,
 * so a line that cannot be covered throws `Shortage` (rolling the transaction back). Answers the
 * products a decrement took from above their low-stock threshold to at or below it: each crossing is
 * seen by exactly one order, the one whose locked decrement made it.
 */
async function changeStock(
  tx: SqlExecutor,
  lines: readonly OrderItemRecord[],
  sign: -1 | 1,
  at: string,
): Promise<LowStockCrossing[]> {
  for (const line of lines) {
    if ((await tx.execute(addStock(line.productId, sign * line.quantity, at))) === 1) continue;
    const [row] = await tx.query(selectStockLevels([line.productId]));
    throw new Shortage(line.productId, row ? text(row, 'name') : line.name, row ? integer(row, 'stock') : 0);
  }
  if (sign > 0) return [];
  const levels = await tx.query(selectStockLevels(lines.map((line) => line.productId)));
  return levels.flatMap((row): LowStockCrossing[] => {
    const stock = integer(row, 'stock');
    const threshold = integer(row, 'low_stock_threshold');
    const taken = lines.find((line) => line.productId === text(row, 'id'))?.quantity ?? 0;
    if (stock > threshold || stock + taken <= threshold) return [];
    return [
      {
        productId: text(row, 'id'),
        sku: text(row, 'sku'),
        name: text(row, 'name'),
        stock,
        lowStockThreshold: threshold,
      },
    ];
  });
}
