import { textParam } from '../../lib/sql/params.js';
import type { SqlRequest } from '../../lib/sql/SqlRequest.js';

/** The status changes of an order nobody has been told of yet, oldest first. */
export function selectUnnotifiedChanges(orderId: string): SqlRequest {
  return {
    sql:
      'SELECT id, order_id, from_status, to_status, reason, actor, created_at FROM order_status_changes ' +
      'WHERE order_id = :order_id AND notified_at IS NULL ORDER BY created_at, id',
    parameters: [textParam('order_id', orderId)],
  };
}

/** Marks status changes (one or more) as told, at `at`. */
export function markChangesNotified(ids: readonly string[], at: string): SqlRequest {
  return {
    sql:
      `UPDATE order_status_changes SET notified_at = :notified_at ` +
      `WHERE id IN (${ids.map((_, i) => `:id${i}`).join(', ')}) AND notified_at IS NULL`,
    parameters: [textParam('notified_at', at), ...ids.map((id, i) => textParam(`id${i}`, id))],
  };
}
