import { intParam, nullableTextParam, textParam } from '../../lib/sql/params.js';
import type { SqlRequest } from '../../lib/sql/SqlRequest.js';
import type { OrderStatus } from '../../../schema/generated/types.js';

/** A status change of one order, made only if the order is still at the version it was read at. */
export interface StatusMove {
  readonly orderId: string;
  /** The version read; the row matches only while it has not changed. */
  readonly version: number;
  readonly to: OrderStatus;
  readonly reason: string | null;
  readonly at: string;
}

/**
 * Moves an order to `to` and bumps its version, under a condition on the version read: one row matched
 * means this move won; zero means another change came first (re-read and decide again). This is what
 * makes a cancel racing the worker end with exactly one winner.
 */
export function moveOrderStatus(move: StatusMove): SqlRequest {
  return {
    sql:
      'UPDATE orders SET status = :status, status_reason = :reason, updated_at = :updated_at, ' +
      'version = version + 1 WHERE id = :id AND version = :version',
    parameters: [
      textParam('status', move.to),
      nullableTextParam('reason', move.reason),
      textParam('updated_at', move.at),
      textParam('id', move.orderId),
      intParam('version', move.version),
    ],
  };
}
