import { intParam, textParam } from '../../lib/sql/params.js';
import type { SqlRequest } from '../../lib/sql/SqlRequest.js';
import type { OrderStatus } from '../../../schema/generated/types.js';
import { ORDER_COLUMNS } from './orderColumns.js';

/** Which orders a page lists; every condition given must hold. Times are ISO 8601 UTC strings. */
export interface OrderListFilter {
  readonly userId: string | null;
  readonly status: OrderStatus | null;
  /** Placed at or after. */
  readonly from: string | null;
  /** Placed before. */
  readonly to: string | null;
}

/** The last order of the previous page: the keyset position (newest first: created_at, then id). */
export interface OrderPosition {
  readonly createdAt: string;
  readonly id: string;
}

/**
 * A page of orders, newest first, after `after` (keyset pagination on `created_at DESC, id DESC`), of
 * `fetch` rows (the caller asks one more than the page to learn whether another follows). One statement;
 * the indexes `orders_user_created`, `orders_status_created` and `orders_created` serve it.
 */
export function selectOrdersPage(
  filter: OrderListFilter,
  after: OrderPosition | null,
  fetch: number,
): SqlRequest {
  const conditions: string[] = [];
  const parameters = [];
  if (filter.userId !== null) {
    conditions.push('user_id = :user_id');
    parameters.push(textParam('user_id', filter.userId));
  }
  if (filter.status !== null) {
    conditions.push('status = :status');
    parameters.push(textParam('status', filter.status));
  }
  if (filter.from !== null) {
    conditions.push('created_at >= :from_time');
    parameters.push(textParam('from_time', filter.from));
  }
  if (filter.to !== null) {
    conditions.push('created_at < :to_time');
    parameters.push(textParam('to_time', filter.to));
  }
  if (after !== null) {
    conditions.push('(created_at < :after_created OR (created_at = :after_created AND id < :after_id))');
    parameters.push(textParam('after_created', after.createdAt), textParam('after_id', after.id));
  }
  parameters.push(intParam('fetch', fetch));
  const where = conditions.length > 0 ? ` WHERE ${conditions.join(' AND ')}` : '';
  return {
    sql: `SELECT ${ORDER_COLUMNS} FROM orders${where} ORDER BY created_at DESC, id DESC LIMIT :fetch`,
    parameters,
  };
}
