import { intParam, nullableTextParam, textParam } from '../../lib/sql/params.js';
import type { SqlRequest } from '../../lib/sql/SqlRequest.js';
import type { OrderRecord } from '../OrderRecord.js';
import { ORDER_COLUMNS } from './orderColumns.js';

/** Inserts a new order; the unique (user, idempotency key) index refuses a second one with the same key. */
export function insertOrder(order: OrderRecord): SqlRequest {
  const names = ORDER_COLUMNS.split(', ');
  return {
    sql: `INSERT INTO orders (${ORDER_COLUMNS}) VALUES (${names.map((name) => `:${name}`).join(', ')})`,
    parameters: [
      textParam('id', order.id),
      textParam('user_id', order.userId),
      textParam('status', order.status),
      nullableTextParam('status_reason', order.statusReason),
      intParam('subtotal_cents', order.subtotalCents),
      intParam('discount_cents', order.discountCents),
      intParam('total_cents', order.totalCents),
      textParam('currency', order.currency),
      nullableTextParam('promo_code', order.promoCode),
      textParam('ship_name', order.shippingAddress.name),
      textParam('ship_line1', order.shippingAddress.line1),
      nullableTextParam('ship_line2', order.shippingAddress.line2),
      textParam('ship_city', order.shippingAddress.city),
      textParam('ship_postal_code', order.shippingAddress.postalCode),
      textParam('ship_country', order.shippingAddress.country),
      textParam('idempotency_key', order.idempotencyKey),
      textParam('request_hash', order.requestHash),
      textParam('created_at', order.createdAt),
      textParam('updated_at', order.updatedAt),
      intParam('version', order.version),
    ],
  };
}
