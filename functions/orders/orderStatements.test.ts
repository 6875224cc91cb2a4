// The orders function's statements against the Data API twin with the project's migrations, on SQLite
// and on MariaDB, through the executor the Lambda uses (no mock of the SDK or of the database).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQL_ENGINES, skipEngine, startTestDatabase } from '../../test/support/sqlEngines.js';
import type { TestDatabase } from '../../test/support/sqlEngines.js';
import { dataApiExecutor } from '../lib/sql/dataApiExecutor.js';
import { isDuplicateKey } from '../lib/sql/isDuplicateKey.js';
import type { SqlExecutor } from '../lib/sql/SqlExecutor.js';
import { insertProduct } from '../catalog/sql/insertProduct.js';
import type { OrderItemRecord, OrderRecord, StatusChangeRecord } from './OrderRecord.js';
import { readOrderItem, readOrderRecord, readStatusChange } from './readOrderRows.js';
import { insertOrder } from './sql/insertOrder.js';
import { insertOrderItems } from './sql/insertOrderItems.js';
import { insertStatusChange } from './sql/insertStatusChange.js';
import { selectOrder } from './sql/selectOrder.js';
import { selectOrderByKey } from './sql/selectOrderByKey.js';
import { selectOrderDetails } from './sql/selectOrderDetails.js';
import { selectOrdersPage } from './sql/selectOrdersPage.js';
import type { OrderListFilter, OrderPosition } from './sql/selectOrdersPage.js';
import { selectProductsForOrder } from './sql/selectProductsForOrder.js';
import { toOrder } from './toOrder.js';

const ORDER: OrderRecord = {
  id: '01KORDER000000000000000001',
  userId: 'user-ann',
  status: 'PENDING',
  statusReason: null,
  subtotalCents: 4_947,
  discountCents: 500,
  totalCents: 4_447,
  currency: 'EUR',
  promoCode: 'WINTER',
  shippingAddress: {
    name: 'Ann Example',
    line1: 'Hauptstraße 1',
    line2: null,
    city: 'Berlin',
    postalCode: '10115',
    country: 'DE',
  },
  idempotencyKey: 'key-0000001',
  requestHash: 'a'.repeat(64),
  createdAt: '2026-12-06T10:00:00.000Z',
  updatedAt: '2026-12-06T10:00:00.000Z',
  version: 1,
};
const ITEMS: OrderItemRecord[] = [
  {
    orderId: ORDER.id,
    lineNo: 1,
    productId: 'P2',
    sku: 'POT-1',
    name: 'Teapot',
    unitPriceCents: 3_450,
    quantity: 1,
    lineTotalCents: 3_450,
  },
  {
    orderId: ORDER.id,
    lineNo: 2,
    productId: 'P1',
    sku: 'TEA-1',
    name: 'Green tea',
    unitPriceCents: 499,
    quantity: 3,
    lineTotalCents: 1_497,
  },
];
const PLACED: StatusChangeRecord = {
  id: '01KCHANGE00000000000000001',
  orderId: ORDER.id,
  fromStatus: null,
  toStatus: 'PENDING',
  reason: null,
  actor: 'user-ann',
  createdAt: ORDER.createdAt,
};

describe.each(SQL_ENGINES)('the orders statements on %s', (engine) => {
  describe.skipIf(skipEngine(engine))('through the Data API twin', () => {
    let db: TestDatabase;
    let sql: SqlExecutor;
    beforeAll(async () => {
      db = await startTestDatabase(engine);
      sql = dataApiExecutor(db.client, db.target);
    });
    afterAll(async () => db?.stop());

    it('writes an order with its lines and first status change in one transaction, and reads them back', async () => {
      await sql.transaction(async (tx) => {
        await tx.execute(insertOrder(ORDER));
        expect(await tx.execute(insertOrderItems(ITEMS))).toBe(2);
        await tx.execute(insertStatusChange(PLACED));
      });
      const [row] = await sql.query(selectOrder(ORDER.id));
      expect(readOrderRecord(row!)).toEqual(ORDER);
      const [byKey] = await sql.query(selectOrderByKey('user-ann', 'key-0000001'));
      expect(readOrderRecord(byKey!).id).toBe(ORDER.id);
      expect(await sql.query(selectOrderByKey('user-bob', 'key-0000001'))).toEqual([]);

      const details = selectOrderDetails([ORDER.id, 'NO-SUCH-ORDER']);
      const items = (await sql.query(details.items)).map(readOrderItem);
      const history = (await sql.query(details.history)).map(readStatusChange);
      expect(items).toEqual(ITEMS);
      expect(history).toEqual([PLACED]);
      expect(toOrder(ORDER, items, history)).toMatchObject({
        total: { cents: 4_447, currency: 'EUR' },
        items: [
          { sku: 'POT-1', lineTotal: { cents: 3_450, currency: 'EUR' } },
          { sku: 'TEA-1', quantity: 3 },
        ],
        history: [{ status: 'PENDING', reason: null, at: ORDER.createdAt, by: 'user-ann' }],
        shippingAddress: { line1: 'Hauptstraße 1', line2: null, country: 'DE' },
      });
    });

    it('refuses a second order with the same user and idempotency key as a duplicate key, keeping the first', async () => {
      const again = { ...ORDER, id: '01KORDER000000000000000002' };
      const error = await sql
        .transaction(async (tx) => {
          await tx.execute(insertOrder(again));
        })
        .catch((caught: unknown) => caught);
      expect(isDuplicateKey(error)).toBe(true);
      expect(await sql.query(selectOrder(again.id))).toEqual([]);
      // Another user may use the same key.
      await sql.execute(insertOrder({ ...again, userId: 'user-bob' }));
      expect(await sql.query(selectOrder(again.id))).toHaveLength(1);
    });

    it('pages through orders newest first by keyset, with every filter, whatever the page size', async () => {
      // 12 orders of two users over 6 instants (two per instant: the id breaks the tie), three statuses.
      const statuses = ['PENDING', 'CONFIRMED', 'CANCELLED'] as const;
      const made = Array.from({ length: 12 }, (_, i) => ({
        ...ORDER,
        id: `01KPAGE${String(i).padStart(19, '0')}`,
        userId: i % 2 === 0 ? 'page-ann' : 'page-bob',
        status: statuses[i % 3]!,
        idempotencyKey: `page-key-${i}`,
        createdAt: `2026-11-0${1 + Math.floor(i / 2)}T08:00:00.000Z`,
      }));
      for (const order of made) await sql.execute(insertOrder(order));
      const expected = (filter: OrderListFilter) =>
        made
          .filter(
            (order) =>
              (filter.userId === null || order.userId === filter.userId) &&
              (filter.status === null || order.status === filter.status) &&
              (filter.from === null || order.createdAt >= filter.from) &&
              (filter.to === null || order.createdAt < filter.to),
          )
          .sort((a, b) =>
            a.createdAt === b.createdAt ? b.id.localeCompare(a.id) : b.createdAt.localeCompare(a.createdAt),
          )
          .map((order) => order.id);
      const pages = async (filter: OrderListFilter, size: number): Promise<string[]> => {
        const seen: string[] = [];
        let after: OrderPosition | null = null;
        for (;;) {
          const rows: OrderRecord[] = (await sql.query(selectOrdersPage(filter, after, size + 1))).map(
            readOrderRecord,
          );
          const page: OrderRecord[] = rows.slice(0, size);
          seen.push(...page.map((order) => order.id));
          if (rows.length <= size) return seen;
          after = { createdAt: page.at(-1)!.createdAt, id: page.at(-1)!.id };
        }
      };
      const inRange = { from: '2026-11-02T00:00:00.000Z', to: '2026-11-05T00:00:00.000Z' };
      const filters: OrderListFilter[] = [
        { userId: 'page-ann', status: null, from: null, to: null },
        { userId: null, status: 'CONFIRMED', from: null, to: null },
        { userId: 'page-bob', status: 'CANCELLED', ...inRange },
        { userId: null, status: null, ...inRange },
      ];
      for (const filter of filters) {
        for (const size of [1, 2, 5, 100]) {
          expect(await pages(filter, size), `${JSON.stringify(filter)} by ${size}`).toEqual(expected(filter));
        }
      }
    });

    it('reads the products of an order, archived ones included, in one statement', async () => {
      const product = (id: string, sku: string, active: boolean) => ({
        id,
        sku,
        name: `Product ${sku}`,
        description: '',
        category: 'Test',
        priceCents: 250,
        imageUrl: null,
        stock: 7,
        lowStockThreshold: 2,
        active,
        version: 1,
        createdAt: ORDER.createdAt,
        updatedAt: ORDER.createdAt,
      });
      await sql.execute(insertProduct(product('01KPRODUCT0000000000000001', 'ORD-1', true)));
      await sql.execute(insertProduct(product('01KPRODUCT0000000000000002', 'ORD-2', false)));
      const rows = await sql.query(
        selectProductsForOrder(['01KPRODUCT0000000000000002', '01KPRODUCT0000000000000001', 'NOPE']),
      );
      expect(rows).toEqual([
        {
          id: '01KPRODUCT0000000000000001',
          sku: 'ORD-1',
          name: 'Product ORD-1',
          price_cents: 250,
          stock: 7,
          low_stock_threshold: 2,
          active: 1,
        },
        {
          id: '01KPRODUCT0000000000000002',
          sku: 'ORD-2',
          name: 'Product ORD-2',
          price_cents: 250,
          stock: 7,
          low_stock_threshold: 2,
          active: 0,
        },
      ]);
    });
  });
});
