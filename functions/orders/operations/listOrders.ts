import type { OrderConnection, OrderFilter } from '../../../schema/generated/types.js';
import { readPageToken, writePageToken } from '../../lib/pageToken.js';
import { loadOrders } from '../loadOrders.js';
import { invalidInput } from '../OrderError.js';
import type { OrdersDeps } from '../OrdersDeps.js';
import { readOrderRecord } from '../readOrderRows.js';
import type { OrderListFilter } from '../sql/selectOrdersPage.js';
import { selectOrdersPage } from '../sql/selectOrdersPage.js';

/** A page request of `myOrders` or `orders`. */
export interface OrderListArgs {
  readonly filter: OrderListFilter;
  readonly limit?: number | null;
  readonly nextToken?: string | null;
}

/**
 * One page of orders, newest first, with their lines and histories: three statements whatever the page
 * size (the page of `limit + 1` rows, then lines and histories for all). The signed `nextToken` covers the
 * filter, so a token passed back with another filter, or one not issued here, is a `ValidationError`.
 */
export async function listOrders(args: OrderListArgs, deps: OrdersDeps): Promise<OrderConnection> {
  const limit = args.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > 100) throw invalidInput('limit', 'must be 1 to 100');
  const scope = JSON.stringify([
    'orders',
    args.filter.userId,
    args.filter.status,
    args.filter.from,
    args.filter.to,
  ]);
  let after = null;
  if (args.nextToken !== undefined && args.nextToken !== null) {
    const position = readPageToken(args.nextToken, scope, deps.pageTokenKey, 'string');
    if (position === null) throw invalidInput('nextToken', 'is not a token of this list');
    after = { createdAt: position.value as string, id: position.id };
  }
  const rows = await deps.db.query(selectOrdersPage(args.filter, after, limit + 1));
  const records = rows.slice(0, limit).map(readOrderRecord);
  const last = records.at(-1);
  return {
    items: await loadOrders(deps.db, records),
    nextToken:
      rows.length > limit && last
        ? writePageToken({ value: last.createdAt, id: last.id }, scope, deps.pageTokenKey)
        : null,
  };
}

/**
 * The admin `orders` filter, checked: a user id of 1 to 64 characters, times as UTC ISO strings with
 * `to` after `from`. The status is an enum GraphQL has already checked.
 */
export function orderListFilter(filter: OrderFilter | null | undefined): OrderListFilter {
  const userId = filter?.userId ?? null;
  if (userId !== null && (userId.length < 1 || userId.length > 64)) {
    throw invalidInput('filter.userId', 'must be a user id of 1 to 64 characters');
  }
  const from = instant('filter.from', filter?.from);
  const to = instant('filter.to', filter?.to);
  if (from !== null && to !== null && to <= from)
    throw invalidInput('filter.to', 'must be after filter.from');
  return { userId, status: filter?.status ?? null, from, to };
}

function instant(field: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw invalidInput(field, 'must be an ISO 8601 date and time');
  return new Date(ms).toISOString();
}
