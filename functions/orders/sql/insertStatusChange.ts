import { nullableTextParam, textParam } from '../../lib/sql/params.js';
import type { SqlRequest } from '../../lib/sql/SqlRequest.js';
import type { StatusChangeRecord } from '../OrderRecord.js';

/** Records one status change of an order, in the transaction that makes it. */
export function insertStatusChange(change: StatusChangeRecord): SqlRequest {
  return {
    sql:
      'INSERT INTO order_status_changes (id, order_id, from_status, to_status, reason, actor, created_at) ' +
      'VALUES (:id, :order_id, :from_status, :to_status, :reason, :actor, :created_at)',
    parameters: [
      textParam('id', change.id),
      textParam('order_id', change.orderId),
      nullableTextParam('from_status', change.fromStatus),
      textParam('to_status', change.toStatus),
      nullableTextParam('reason', change.reason),
      nullableTextParam('actor', change.actor),
      textParam('created_at', change.createdAt),
    ],
  };
}
