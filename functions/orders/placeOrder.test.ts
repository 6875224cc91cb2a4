// placeOrder against the Data API twin with the project's migrations (SQLite and MariaDB) and the
// DynamoDB twin holding the promo tables, through the executor and the promo lookup the Lambda uses.
import { PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall } from '@aws-sdk/util-dynamodb';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shop } from '../../infra/shop.js';
import type { Order, OrderConnection, PlaceOrderInput } from '../../schema/generated/types.js';
import { SQL_ENGINES, skipEngine, startTestDatabase } from '../../test/support/sqlEngines.js';
import type { TestDatabase } from '../../test/support/sqlEngines.js';
import { startTestTwin } from '../../test/support/testTwin.js';
import type { TestTwin } from '../../test/support/testTwin.js';
import { createTables } from '../../local/dynamodb/createTables.js';
import { countStatements } from '../lib/sql/countStatements.js';
import { dataApiExecutor } from '../lib/sql/dataApiExecutor.js';
import { newId } from '../lib/newId.js';
import { insertProduct } from '../catalog/sql/insertProduct.js';
import type { SqlExecutor } from '../lib/sql/SqlExecutor.js';
import { dynamoPromoRedemptions } from './dynamoPromoRedemptions.js';
import { dynamoPromoStanding } from './dynamoPromoStanding.js';
import { OrderError } from './OrderError.js';
import type { OrdersDeps } from './OrdersDeps.js';
import { dispatch } from './dispatch.js';
import type { OrdersEvent } from './OrdersEvent.js';
import { placeOrder } from './operations/placeOrder.js';

const ADDRESS = {
  name: 'Ann Example',
  line1: 'Hauptstraße 1',
  city: 'Berlin',
  postalCode: '10115',
  country: 'DE',
};
const NOW = new Date('2026-12-06T12:00:00.000Z');
const PAGE_TOKEN_KEY = randomBytes(32);

describe.each(SQL_ENGINES)('placeOrder on %s', (engine) => {
  describe.skipIf(skipEngine(engine))('with the Data API and DynamoDB twins', () => {
    let db: TestDatabase;
    let dynamo: TestTwin;
    let sql: SqlExecutor;
    const queued: string[] = [];
    const ids = { tea: '', pot: '', gone: '' };

    const deps = (override: Partial<OrdersDeps> = {}): OrdersDeps => ({
      db: sql,
      currency: 'EUR',
      now: () => NOW,
      newId: () => newId(Date.now(), randomBytes(10)),
      pageTokenKey: PAGE_TOKEN_KEY,
      promoStanding: dynamoPromoStanding(dynamo.client, {
        codes: 'promoCodes',
        redemptions: 'promoRedemptions',
      }),
      enqueue: (id) => Promise.resolve(void queued.push(id)),
      redemptions: dynamoPromoRedemptions(dynamo.client, {
        codes: 'promoCodes',
        redemptions: 'promoRedemptions',
      }),
      notifier: {
        publish: () => Promise.reject(new Error('placeOrder tells nothing: the worker does')),
        emailShopper: () => Promise.reject(new Error('placeOrder emails nothing')),
        emailLowStock: () => Promise.reject(new Error('placeOrder emails nothing')),
      },
      log: () => undefined,
      ...override,
    });
    const input = (extra: Partial<PlaceOrderInput> = {}): PlaceOrderInput => ({
      items: [
        { productId: ids.pot, quantity: 1 },
        { productId: ids.tea, quantity: 3 },
      ],
      shippingAddress: ADDRESS,
      idempotencyKey: `key-${randomBytes(6).toString('hex')}`,
      ...extra,
    });
    const failure = async (promise: Promise<unknown>): Promise<OrderError> => {
      const error = await promise.then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(OrderError);
      return error as OrderError;
    };

    beforeAll(async () => {
      db = await startTestDatabase(engine);
      sql = dataApiExecutor(db.client, db.target);
      dynamo = await startTestTwin();
      await createTables(dynamo.client, {
        promoCodes: shop.tables.promoCodes!,
        promoRedemptions: shop.tables.promoRedemptions!,
      });
      const product = (sku: string, priceCents: number, stock: number, active = true) => {
        const id = newId(Date.now(), randomBytes(10));
        return {
          id,
          sql: insertProduct({
            id,
            sku,
            name: `Product ${sku}`,
            description: '',
            category: 'Test',
            priceCents,
            imageUrl: null,
            stock,
            lowStockThreshold: 1,
            active,
            version: 1,
            createdAt: NOW.toISOString(),
            updatedAt: NOW.toISOString(),
          }),
        };
      };
      const tea = product('TEA', 499, 10);
      const pot = product('POT', 3_450, 2);
      const gone = product('GONE', 100, 5, false);
      for (const p of [tea, pot, gone]) await sql.execute(p.sql);
      Object.assign(ids, { tea: tea.id, pot: pot.id, gone: gone.id });
      const promo = (item: Record<string, unknown>) =>
        dynamo.client.send(new PutItemCommand({ TableName: 'promoCodes', Item: marshall(item) }));
      await promo({
        code: 'TENPC',
        listKey: 'ALL',
        kind: 'PERCENT',
        value: 10,
        active: true,
        redemptions: 0,
      });
      await promo({ code: 'OFF', listKey: 'ALL', kind: 'FIXED', value: 100, active: false, redemptions: 0 });
      await promo({
        code: 'ONCE',
        listKey: 'ALL',
        kind: 'FIXED',
        value: 100,
        active: true,
        redemptions: 1,
        perCustomerLimit: 1,
      });
      await dynamo.client.send(
        new PutItemCommand({
          TableName: 'promoRedemptions',
          Item: marshall({ code: 'ONCE', orderId: 'o-1', userId: 'user-ann', redeemedAt: NOW.toISOString() }),
        }),
      );
    });
    afterAll(async () => {
      await dynamo?.stop();
      await db?.stop();
    });

    it('writes the order PENDING with lines priced from the catalog and the promo discount, and queues it', async () => {
      const counted = countStatements(sql);
      const order = await placeOrder(
        { input: input({ promoCode: ' tenpc ' }) },
        'user-ann',
        deps({ db: counted.executor }),
      );
      expect(order).toMatchObject<Partial<Order>>({
        userId: 'user-ann',
        status: 'PENDING',
        statusReason: null,
        promoCode: 'TENPC',
        subtotal: { cents: 3_450 + 3 * 499, currency: 'EUR' },
        discount: { cents: 495, currency: 'EUR' }, // 10 % of 49.47, rounded half up
        total: { cents: 4_947 - 495, currency: 'EUR' },
        shippingAddress: { ...ADDRESS, line2: null },
        createdAt: NOW.toISOString(),
        history: [{ status: 'PENDING', reason: null, at: NOW.toISOString(), by: 'user-ann' }],
      });
      expect(
        order.items.map((item) => [item.sku, item.quantity, item.unitPrice.cents, item.lineTotal.cents]),
      ).toEqual([
        ['POT', 1, 3_450, 3_450],
        ['TEA', 3, 499, 1_497],
      ]);
      expect(queued).toContain(order.id);
      // Key lookup, products, three inserts in one transaction, then the lines and history read back.
      expect(counted.counts).toEqual({ statements: 7, transactions: 1 });
    });

    it('answers a repeat with the order first placed, and a reuse of the key for another order with Conflict', async () => {
      const request = input();
      const first = await placeOrder({ input: request }, 'user-ann', deps());
      const again = await placeOrder({ input: request }, 'user-ann', deps());
      expect(again).toEqual(first);
      const error = await failure(
        placeOrder(
          { input: { ...request, items: [{ productId: ids.tea, quantity: 1 }] } },
          'user-ann',
          deps(),
        ),
      );
      expect(error).toMatchObject({
        type: 'Conflict',
        info: { field: 'input.idempotencyKey', orderId: first.id },
      });
      // The key is the user's own: another user places a new order with it.
      expect((await placeOrder({ input: request }, 'user-bob', deps())).id).not.toBe(first.id);
    });

    it('creates one order for 20 parallel calls with one key', async () => {
      const request = input();
      const orders = await Promise.all(
        Array.from({ length: 20 }, () => placeOrder({ input: request }, 'user-cyd', deps())),
      );
      expect(new Set(orders.map((order) => order.id)).size).toBe(1);
      const rows = await sql.query({
        sql: 'SELECT COUNT(*) AS n FROM orders WHERE user_id = :u',
        parameters: [{ name: 'u', value: { stringValue: 'user-cyd' } }],
      });
      expect(rows).toEqual([{ n: 1 }]);
    });

    it('refuses unknown and archived products, more than the stock, and an unusable promo code, creating nothing', async () => {
      const before = await sql.query({ sql: 'SELECT COUNT(*) AS n FROM orders', parameters: [] });
      const gone = await failure(
        placeOrder({ input: input({ items: [{ productId: ids.gone, quantity: 1 }] }) }, 'user-ann', deps()),
      );
      expect(gone).toMatchObject({ type: 'NotFound', info: { productId: ids.gone } });
      const unknown = await failure(
        placeOrder({ input: input({ items: [{ productId: 'NOPE', quantity: 1 }] }) }, 'user-ann', deps()),
      );
      expect(unknown).toMatchObject({ type: 'NotFound', info: { productId: 'NOPE' } });
      const short = await failure(
        placeOrder({ input: input({ items: [{ productId: ids.pot, quantity: 3 }] }) }, 'user-ann', deps()),
      );
      expect(short).toMatchObject({ type: 'OutOfStock', info: { productId: ids.pot, available: 2 } });
      for (const [code, reason] of [
        ['NOSUCH', 'UNKNOWN'],
        ['OFF', 'INACTIVE'],
        ['ONCE', 'CUSTOMER_LIMIT_REACHED'],
      ] as const) {
        const error = await failure(placeOrder({ input: input({ promoCode: code }) }, 'user-ann', deps()));
        expect(error).toMatchObject({ type: 'PromoCodeInvalid', info: { code, reason } });
      }
      // The per-customer limit is per customer.
      expect(
        (await placeOrder({ input: input({ promoCode: 'ONCE' }) }, 'user-bob', deps())).discount.cents,
      ).toBe(100);
      const after = await sql.query({ sql: 'SELECT COUNT(*) AS n FROM orders', parameters: [] });
      expect((after[0]!.n as number) - (before[0]!.n as number)).toBe(1);
    });

    it.each([
      [{ items: [] }, 'input.items'],
      [{ items: Array.from({ length: 51 }, (_, i) => ({ productId: `p${i}`, quantity: 1 })) }, 'input.items'],
      [{ items: [{ productId: 'p', quantity: 0 }] }, 'input.items[0].quantity'],
      [{ items: [{ productId: 'p', quantity: 100 }] }, 'input.items[0].quantity'],
      [
        {
          items: [
            { productId: 'p', quantity: 1 },
            { productId: 'p', quantity: 1 },
          ],
        },
        'input.items[1].productId',
      ],
      [{ promoCode: 'X'.repeat(33) }, 'input.promoCode'],
      [{ idempotencyKey: 'short' }, 'input.idempotencyKey'],
      [{ idempotencyKey: 'has space 123' }, 'input.idempotencyKey'],
      [{ shippingAddress: { ...ADDRESS, country: 'EU' } }, 'input.shippingAddress.country'],
      [{ shippingAddress: { ...ADDRESS, country: 'de' } }, 'input.shippingAddress.country'],
      [{ shippingAddress: { ...ADDRESS, name: ' ' } }, 'input.shippingAddress.name'],
      [{ shippingAddress: { ...ADDRESS, city: 'x'.repeat(101) } }, 'input.shippingAddress.city'],
      [{ shippingAddress: { ...ADDRESS, line1: 'Nul\u0000Street' } }, 'input.shippingAddress.line1'],
      [{ shippingAddress: { ...ADDRESS, line2: 'Half \uD800 pair' } }, 'input.shippingAddress.line2'],
      [{ shippingAddress: { ...ADDRESS, postalCode: 'x'.repeat(21) } }, 'input.shippingAddress.postalCode'],
    ])('refuses %j with a ValidationError on %s', async (change, field) => {
      const error = await failure(placeOrder({ input: input(change) }, 'user-ann', deps()));
      expect(error).toMatchObject({ type: 'ValidationError', info: { field } });
    });

    it('keeps the order when the queue cannot be reached: the sweep sends it later', async () => {
      const lines: string[] = [];
      const order = await placeOrder(
        { input: input() },
        'user-ann',
        deps({ enqueue: () => Promise.reject(new Error('queue down')), log: (line) => lines.push(line) }),
      );
      expect(order.status).toBe('PENDING');
      expect(lines).toEqual([
        `orders: ${order.id} not queued yet (Error: queue down); the sweep will send it`,
      ]);
    });

    describe('reading orders', () => {
      const ann = { sub: 'read-ann', admin: false };
      const bob = { sub: 'read-bob', admin: false };
      const admin = { sub: 'read-admin', admin: true };
      const placed: Order[] = [];
      beforeAll(async () => {
        for (let i = 0; i < 5; i += 1) {
          const order = await placeOrder({ input: input() }, i < 3 ? ann.sub : bob.sub, deps());
          placed.push(order);
        }
      });
      const data = async <T>(event: OrdersEvent): Promise<T> => {
        const result = await dispatch(event, deps());
        expect(result.error).toBeUndefined();
        return result.data as T;
      };

      it('answers an order to its owner and to admins, and as absent to anyone else', async () => {
        const mine = placed[0]!;
        expect(await data({ operation: 'order', arguments: { id: mine.id }, caller: ann })).toEqual(mine);
        expect(await data({ operation: 'order', arguments: { id: mine.id }, caller: admin })).toEqual(mine);
        expect(await data({ operation: 'order', arguments: { id: mine.id }, caller: bob })).toBeNull();
        expect(
          await data({ operation: 'order', arguments: { id: 'NO-SUCH-ORDER' }, caller: ann }),
        ).toBeNull();
      });

      it("pages through a shopper's own orders newest first, with tokens that cannot be forged or reused", async () => {
        const first = await data<OrderConnection>({
          operation: 'myOrders',
          arguments: { limit: 2 },
          caller: ann,
        });
        expect(first.items.map((order) => order.userId)).toEqual([ann.sub, ann.sub]);
        const rest = await data<OrderConnection>({
          operation: 'myOrders',
          arguments: { limit: 2, nextToken: first.nextToken },
          caller: ann,
        });
        expect(rest.nextToken).toBeNull();
        expect([...first.items, ...rest.items].map((order) => order.id)).toEqual(
          placed
            .slice(0, 3)
            .map((order) => order.id)
            .reverse(),
        );
        for (const [nextToken, caller] of [
          [`${first.nextToken!.slice(0, -2)}xx`, ann],
          [first.nextToken, bob],
        ] as const) {
          const result = await dispatch({ operation: 'myOrders', arguments: { nextToken }, caller }, deps());
          expect(result.error).toMatchObject({ type: 'ValidationError', info: { field: 'nextToken' } });
        }
      });

      it('lists every order to admins with filters, and refuses shoppers and bad filters', async () => {
        const bobs = await data<OrderConnection>({
          operation: 'orders',
          arguments: { filter: { userId: bob.sub, status: 'PENDING' } },
          caller: admin,
        });
        expect(bobs.items.map((order) => order.id)).toEqual(
          placed
            .slice(3)
            .map((order) => order.id)
            .reverse(),
        );
        const refused = await dispatch({ operation: 'orders', arguments: {}, caller: ann }, deps());
        expect(refused.error).toMatchObject({ type: 'Unauthorized' });
        const backwards = await dispatch(
          {
            operation: 'orders',
            arguments: { filter: { from: '2026-12-02T00:00:00Z', to: '2026-12-01T00:00:00Z' } },
            caller: admin,
          },
          deps(),
        );
        expect(backwards.error).toMatchObject({ type: 'ValidationError', info: { field: 'filter.to' } });
        for (const limit of [0, 101]) {
          const result = await dispatch({ operation: 'orders', arguments: { limit }, caller: admin }, deps());
          expect(result.error).toMatchObject({ type: 'ValidationError', info: { field: 'limit' } });
        }
      });
    });
  });
});
