import type { SqlExecutor } from '../lib/sql/SqlExecutor.js';
import type { OrderRecord } from './OrderRecord.js';
import { readOrderRecord } from './readOrderRows.js';
import { selectOrder } from './sql/selectOrder.js';

/** The stored order `id` as it is now; null when there is none. */
export async function readOrder(db: SqlExecutor, id: string): Promise<OrderRecord | null> {
  const [row] = await db.query(selectOrder(id));
  return row ? readOrderRecord(row) : null;
}
