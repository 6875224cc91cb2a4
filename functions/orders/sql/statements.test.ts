// The exact SQL of the orders statements whose text is built; they run on both engines in
// orderStatements.test.ts. This file pins what is sent, so that a change to it is a visible change.
import { describe, expect, it } from 'vitest';
import { insertOrderItems } from './insertOrderItems.js';
import { selectOrdersPage } from './selectOrdersPage.js';

const text = (name: string, value: string) => ({ name, value: { stringValue: value } });
const long = (name: string, value: number) => ({ name, value: { longValue: value } });
const COLUMNS =
  'id, user_id, status, status_reason, subtotal_cents, discount_cents, total_cents, currency, promo_code, ' +
  'ship_name, ship_line1, ship_line2, ship_city, ship_postal_code, ship_country, idempotency_key, ' +
  'request_hash, created_at, updated_at, version';

describe('selectOrdersPage', () => {
  it('reads the newest orders with no filter', () => {
    expect(selectOrdersPage({ userId: null, status: null, from: null, to: null }, null, 21)).toEqual({
      sql: `SELECT ${COLUMNS} FROM orders ORDER BY created_at DESC, id DESC LIMIT :fetch`,
      parameters: [long('fetch', 21)],
    });
  });

  it('adds every filter and the keyset position', () => {
    const filter = {
      userId: 'u1',
      status: 'SHIPPED',
      from: '2026-01-01T00:00:00.000Z',
      to: '2026-02-01T00:00:00.000Z',
    } as const;
    expect(selectOrdersPage(filter, { createdAt: '2026-01-15T00:00:00.000Z', id: 'o9' }, 6)).toEqual({
      sql:
        `SELECT ${COLUMNS} FROM orders WHERE user_id = :user_id AND status = :status AND created_at >= :from_time ` +
        'AND created_at < :to_time AND (created_at < :after_created OR (created_at = :after_created AND id < :after_id)) ' +
        'ORDER BY created_at DESC, id DESC LIMIT :fetch',
      parameters: [
        text('user_id', 'u1'),
        text('status', 'SHIPPED'),
        text('from_time', '2026-01-01T00:00:00.000Z'),
        text('to_time', '2026-02-01T00:00:00.000Z'),
        text('after_created', '2026-01-15T00:00:00.000Z'),
        text('after_id', 'o9'),
        long('fetch', 6),
      ],
    });
  });
});

describe('insertOrderItems', () => {
  it('inserts every line in one statement, one numbered parameter set per line', () => {
    const line = {
      orderId: 'o1',
      productId: 'p',
      sku: 'S',
      name: 'N',
      unitPriceCents: 5,
      quantity: 2,
      lineTotalCents: 10,
    };
    const request = insertOrderItems([
      { ...line, lineNo: 1 },
      { ...line, lineNo: 2, productId: 'q' },
    ]);
    expect(request.sql).toBe(
      'INSERT INTO order_items (order_id, line_no, product_id, sku, name, unit_price_cents, quantity, line_total_cents) VALUES ' +
        '(:order_id_0, :line_no_0, :product_id_0, :sku_0, :name_0, :unit_price_cents_0, :quantity_0, :line_total_cents_0), ' +
        '(:order_id_1, :line_no_1, :product_id_1, :sku_1, :name_1, :unit_price_cents_1, :quantity_1, :line_total_cents_1)',
    );
    expect(request.parameters).toContainEqual(text('product_id_1', 'q'));
    expect(request.parameters).toHaveLength(16);
  });
});
