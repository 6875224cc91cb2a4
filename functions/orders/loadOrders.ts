import type { Order } from '../../schema/generated/types.js';
import type { SqlExecutor } from '../lib/sql/SqlExecutor.js';
import type { OrderRecord } from './OrderRecord.js';
import { readOrderItem, readStatusChange } from './readOrderRows.js';
import { selectOrderDetails } from './sql/selectOrderDetails.js';
import { toOrder } from './toOrder.js';

/** The API's `Order`s of `orders`, with their lines and histories read in two statements for all. */
export async function loadOrders(db: SqlExecutor, orders: readonly OrderRecord[]): Promise<Order[]> {
  if (orders.length === 0) return [];
  const details = selectOrderDetails(orders.map((order) => order.id));
  const [itemRows, historyRows] = await Promise.all([db.query(details.items), db.query(details.history)]);
  const items = itemRows.map(readOrderItem);
  const history = historyRows.map(readStatusChange);
  return orders.map((order) =>
    toOrder(
      order,
      items.filter((item) => item.orderId === order.id),
      history.filter((change) => change.orderId === order.id),
    ),
  );
}
