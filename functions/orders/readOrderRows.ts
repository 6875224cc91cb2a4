import type { OrderStatus } from '../../schema/generated/types.js';
import { integer, text } from '../lib/sql/rowValues.js';
import type { SqlRow } from '../lib/sql/SqlExecutor.js';
import type { OrderItemRecord, OrderRecord, StatusChangeRecord } from './OrderRecord.js';

const STATUSES: readonly OrderStatus[] = [
  'PENDING',
  'CONFIRMED',
  'REJECTED',
  'CANCELLED',
  'SHIPPED',
  'DELIVERED',
];

/** A row of `ORDER_COLUMNS`; throws on a row that does not come from `orders` (a fault). */
export function readOrderRecord(row: SqlRow): OrderRecord {
  return {
    id: text(row, 'id'),
    userId: text(row, 'user_id'),
    status: status(row, 'status'),
    statusReason: nullableText(row, 'status_reason'),
    subtotalCents: integer(row, 'subtotal_cents'),
    discountCents: integer(row, 'discount_cents'),
    totalCents: integer(row, 'total_cents'),
    currency: text(row, 'currency'),
    promoCode: nullableText(row, 'promo_code'),
    shippingAddress: {
      name: text(row, 'ship_name'),
      line1: text(row, 'ship_line1'),
      line2: nullableText(row, 'ship_line2'),
      city: text(row, 'ship_city'),
      postalCode: text(row, 'ship_postal_code'),
      country: text(row, 'ship_country'),
    },
    idempotencyKey: text(row, 'idempotency_key'),
    requestHash: text(row, 'request_hash'),
    createdAt: text(row, 'created_at'),
    updatedAt: text(row, 'updated_at'),
    version: integer(row, 'version'),
  };
}

/** A row of `order_items`. */
export function readOrderItem(row: SqlRow): OrderItemRecord {
  return {
    orderId: text(row, 'order_id'),
    lineNo: integer(row, 'line_no'),
    productId: text(row, 'product_id'),
    sku: text(row, 'sku'),
    name: text(row, 'name'),
    unitPriceCents: integer(row, 'unit_price_cents'),
    quantity: integer(row, 'quantity'),
    lineTotalCents: integer(row, 'line_total_cents'),
  };
}

/** A row of `order_status_changes`. */
export function readStatusChange(row: SqlRow): StatusChangeRecord {
  return {
    id: text(row, 'id'),
    orderId: text(row, 'order_id'),
    fromStatus: row.from_status === null ? null : status(row, 'from_status'),
    toStatus: status(row, 'to_status'),
    reason: nullableText(row, 'reason'),
    actor: nullableText(row, 'actor'),
    createdAt: text(row, 'created_at'),
  };
}

function nullableText(row: SqlRow, column: string): string | null {
  return row[column] === null || row[column] === undefined ? null : text(row, column);
}

function status(row: SqlRow, column: string): OrderStatus {
  const value = text(row, column);
  if (!(STATUSES as readonly string[]).includes(value))
    throw new Error(`Column ${column} is no order status: ${value}`);
  return value as OrderStatus;
}
