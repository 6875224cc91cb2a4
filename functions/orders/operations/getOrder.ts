import type { Order, QueryOrderArgs } from '../../../schema/generated/types.js';
import type { OrdersCaller } from '../OrdersEvent.js';
import type { OrdersDeps } from '../OrdersDeps.js';
import { loadOrders } from '../loadOrders.js';
import { readOrderRecord } from '../readOrderRows.js';
import { selectOrder } from '../sql/selectOrder.js';

/**
 * `order`: the order with its lines and history, for its owner or an admin. Another user's order is
 * answered as absent (null), so its existence is not revealed either.
 */
export async function getOrder(
  args: QueryOrderArgs,
  caller: OrdersCaller,
  deps: OrdersDeps,
): Promise<Order | null> {
  const [row] = await deps.db.query(selectOrder(args.id));
  if (!row) return null;
  const record = readOrderRecord(row);
  if (record.userId !== caller.sub && !caller.admin) return null;
  const [order] = await loadOrders(deps.db, [record]);
  return order ?? null;
}
