import { intParam, textParam } from '../../lib/sql/params.js';
import type { SqlRequest } from '../../lib/sql/SqlRequest.js';
import type { OrderItemRecord } from '../OrderRecord.js';

const COLUMNS = [
  'order_id',
  'line_no',
  'product_id',
  'sku',
  'name',
  'unit_price_cents',
  'quantity',
  'line_total_cents',
];

/** Inserts all of an order's lines (one or more) in one multi-row statement, whatever their number. */
export function insertOrderItems(items: readonly OrderItemRecord[]): SqlRequest {
  const rows = items.map((_, i) => `(${COLUMNS.map((column) => `:${column}_${i}`).join(', ')})`);
  return {
    sql: `INSERT INTO order_items (${COLUMNS.join(', ')}) VALUES ${rows.join(', ')}`,
    parameters: items.flatMap((item, i) => [
      textParam(`order_id_${i}`, item.orderId),
      intParam(`line_no_${i}`, item.lineNo),
      textParam(`product_id_${i}`, item.productId),
      textParam(`sku_${i}`, item.sku),
      textParam(`name_${i}`, item.name),
      intParam(`unit_price_cents_${i}`, item.unitPriceCents),
      intParam(`quantity_${i}`, item.quantity),
      intParam(`line_total_cents_${i}`, item.lineTotalCents),
    ]),
  };
}
