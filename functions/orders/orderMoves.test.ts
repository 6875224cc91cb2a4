// The worker's step (processOrder), cancelOrder and updateOrderStatus against the Data API twin with the
// project's migrations (SQLite and MariaDB) and the DynamoDB twin holding the promo tables. The notifier
// records what it is asked to tell: the notifications themselves are tested against the whole twin.
import { GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { shop } from '../../infra/shop.js';
import type { Order, OrderStatus, OrderStatusEvent, PlaceOrderInput } from '../../schema/generated/types.js';
import { createTables } from '../../local/dynamodb/createTables.js';
import { SQL_ENGINES, skipEngine, startTestDatabase } from '../../test/support/sqlEngines.js';
import type { TestDatabase } from '../../test/support/sqlEngines.js';
import { startTestTwin } from '../../test/support/testTwin.js';
import type { TestTwin } from '../../test/support/testTwin.js';
import { insertProduct } from '../catalog/sql/insertProduct.js';
import { newId } from '../lib/newId.js';
import { dataApiExecutor } from '../lib/sql/dataApiExecutor.js';
import { integer } from '../lib/sql/rowValues.js';
import type { SqlExecutor } from '../lib/sql/SqlExecutor.js';
import { dynamoPromoRedemptions } from './dynamoPromoRedemptions.js';
import { dynamoPromoStanding } from './dynamoPromoStanding.js';
import { tellChanges } from './afterMove.js';
import type { LowStockCrossing } from './OrderEffects.js';
import { OrderError } from './OrderError.js';
import type { OrdersCaller } from './OrdersEvent.js';
import type { OrdersDeps } from './OrdersDeps.js';
import { cancelOrder } from './operations/cancelOrder.js';
import { getOrder } from './operations/getOrder.js';
import { placeOrder } from './operations/placeOrder.js';
import { processOrder } from './operations/processOrder.js';
import { updateOrderStatus } from './operations/updateOrderStatus.js';
import { selectStrandedOrders } from './sql/selectStrandedOrders.js';

const ADDRESS = {
  name: 'Ann Example',
  line1: 'Hauptstraße 1',
  city: 'Berlin',
  postalCode: '10115',
  country: 'DE',
};
const ANN: OrdersCaller = { sub: 'user-ann', admin: false };
const BOB: OrdersCaller = { sub: 'user-bob', admin: false };
const ADMIN: OrdersCaller = { sub: 'user-admin', admin: true };

describe.each(SQL_ENGINES)('order moves on %s', (engine) => {
  describe.skipIf(skipEngine(engine))('with the Data API and DynamoDB twins', () => {
    let db: TestDatabase;
    let dynamo: TestTwin;
    let sql: SqlExecutor;
    let events: OrderStatusEvent[];
    let emails: { id: string; status: OrderStatus }[];
    let lowStock: LowStockCrossing[][];
    let logged: string[];
    let failPublish: boolean;
    let failEmail: boolean;

    const deps = (): OrdersDeps => ({
      db: sql,
      currency: 'EUR',
      now: () => new Date(),
      newId: () => newId(Date.now(), randomBytes(10)),
      pageTokenKey: randomBytes(32),
      promoStanding: dynamoPromoStanding(dynamo.client, {
        codes: 'promoCodes',
        redemptions: 'promoRedemptions',
      }),
      redemptions: dynamoPromoRedemptions(dynamo.client, {
        codes: 'promoCodes',
        redemptions: 'promoRedemptions',
      }),
      enqueue: () => Promise.resolve(),
      notifier: {
        publish: (event) => {
          if (failPublish) return Promise.reject(new Error('AppSync unreachable'));
          events.push(event);
          return Promise.resolve();
        },
        emailShopper: (order) =>
          failEmail
            ? Promise.reject(new Error('MessageRejected: Email address is not verified'))
            : Promise.resolve(void emails.push({ id: order.id, status: order.status })),
        emailLowStock: (products) => Promise.resolve(void lowStock.push([...products])),
      },
      log: (line) => void logged.push(line),
    });

    const product = async (stock: number, lowStockThreshold = 0): Promise<string> => {
      const id = newId(Date.now(), randomBytes(10));
      const now = new Date().toISOString();
      await sql.execute(
        insertProduct({
          id,
          sku: `SKU-${id.slice(-8)}`,
          name: `Teapot ${id.slice(-4)}`,
          description: '',
          category: 'Test',
          priceCents: 1_000,
          imageUrl: null,
          stock,
          lowStockThreshold,
          active: true,
          version: 1,
          createdAt: now,
          updatedAt: now,
        }),
      );
      return id;
    };
    const stockOf = async (id: string): Promise<number> => {
      const [row] = await sql.query({
        sql: 'SELECT stock FROM products WHERE id = :id',
        parameters: [{ name: 'id', value: { stringValue: id } }],
      });
      return integer(row!, 'stock');
    };
    const movementsOf = async (orderId: string): Promise<number[]> =>
      (
        await sql.query({
          sql: 'SELECT delta FROM stock_movements WHERE order_id = :id ORDER BY created_at, id',
          parameters: [{ name: 'id', value: { stringValue: orderId } }],
        })
      ).map((row) => integer(row, 'delta'));
    const place = (
      caller: OrdersCaller,
      items: PlaceOrderInput['items'],
      promoCode?: string,
    ): Promise<Order> =>
      placeOrder(
        {
          input: {
            items,
            shippingAddress: ADDRESS,
            idempotencyKey: `key-${randomBytes(6).toString('hex')}`,
            ...(promoCode ? { promoCode } : {}),
          },
        },
        caller.sub,
        deps(),
      );
    const read = async (id: string): Promise<Order> => {
      const order = await getOrder({ id }, ADMIN, deps());
      expect(order).not.toBeNull();
      return order!;
    };
    const history = (order: Order) => order.history.map((change) => change.status);
    const failure = async (promise: Promise<unknown>): Promise<OrderError> => {
      const error = await promise.then(
        () => null,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(OrderError);
      return error as OrderError;
    };
    const promo = (item: Record<string, unknown>) =>
      dynamo.client.send(
        new PutItemCommand({
          TableName: 'promoCodes',
          Item: marshall({
            listKey: 'ALL',
            kind: 'FIXED',
            value: 100,
            active: true,
            redemptions: 0,
            ...item,
          }),
        }),
      );
    const redemptionsOf = async (code: string): Promise<number> => {
      const { Item } = await dynamo.client.send(
        new GetItemCommand({ TableName: 'promoCodes', Key: { code: { S: code } }, ConsistentRead: true }),
      );
      return Number(unmarshall(Item!).redemptions);
    };

    beforeAll(async () => {
      db = await startTestDatabase(engine);
      sql = dataApiExecutor(db.client, db.target);
      dynamo = await startTestTwin();
      await createTables(dynamo.client, {
        promoCodes: shop.tables.promoCodes!,
        promoRedemptions: shop.tables.promoRedemptions!,
      });
    });
    afterAll(async () => {
      await dynamo?.stop();
      await db?.stop();
    });
    beforeEach(() => {
      events = [];
      emails = [];
      lowStock = [];
      logged = [];
      failPublish = false;
      failEmail = false;
    });

    it('confirms a PENDING order: takes the stock with movements naming it, redeems the code, tells once', async () => {
      const id = await product(10);
      await promo({ code: 'WORKER1' });
      const placed = await place(ANN, [{ productId: id, quantity: 3 }], 'WORKER1');
      await processOrder(placed.id, deps());

      const order = await read(placed.id);
      expect(order.status).toBe('CONFIRMED');
      expect(history(order)).toEqual(['PENDING', 'CONFIRMED']);
      expect(await stockOf(id)).toBe(7);
      expect(await movementsOf(placed.id)).toEqual([-3]);
      expect(await redemptionsOf('WORKER1')).toBe(1);
      expect(events.map((event) => [event.orderId, event.userId, event.status])).toEqual([
        [placed.id, 'user-ann', 'PENDING'],
        [placed.id, 'user-ann', 'CONFIRMED'],
      ]);
      expect(emails).toEqual([{ id: placed.id, status: 'CONFIRMED' }]);

      // The same message again: nothing taken, redeemed or told twice.
      await processOrder(placed.id, deps());
      expect(await stockOf(id)).toBe(7);
      expect(await movementsOf(placed.id)).toEqual([-3]);
      expect(await redemptionsOf('WORKER1')).toBe(1);
      expect(events).toHaveLength(2);
      expect(emails).toHaveLength(1);
    });

    it('rejects an order whose stock went meanwhile, naming the product, and releases its redemption', async () => {
      const id = await product(2);
      await promo({ code: 'WORKER2' });
      const first = await place(ANN, [{ productId: id, quantity: 2 }], 'WORKER2');
      const second = await place(BOB, [{ productId: id, quantity: 2 }], 'WORKER2');
      await processOrder(first.id, deps());
      await processOrder(second.id, deps());

      const rejected = await read(second.id);
      expect(rejected.status).toBe('REJECTED');
      expect(rejected.statusReason).toMatch(/^Only 0 of Teapot \w+ left$/);
      expect(await stockOf(id)).toBe(0);
      expect(await movementsOf(second.id)).toEqual([]);
      expect(await redemptionsOf('WORKER2')).toBe(1);
      expect(emails).toContainEqual({ id: second.id, status: 'REJECTED' });
    });

    it('rejects an order whose promo code was used up meanwhile, taking no stock', async () => {
      const id = await product(5);
      await promo({ code: 'WORKER3', maxRedemptions: 1 });
      const first = await place(ANN, [{ productId: id, quantity: 1 }], 'WORKER3');
      const second = await place(BOB, [{ productId: id, quantity: 1 }], 'WORKER3');
      await processOrder(first.id, deps());
      await processOrder(second.id, deps());

      const rejected = await read(second.id);
      expect(rejected.status).toBe('REJECTED');
      expect(rejected.statusReason).toBe(
        'The promo code WORKER3 can no longer be used (all its uses are taken)',
      );
      expect(await stockOf(id)).toBe(4);
      expect(await redemptionsOf('WORKER3')).toBe(1);
    });

    it('emails the admins once when a product crosses its low-stock threshold, not on later orders', async () => {
      const id = await product(7, 5);
      const first = await place(ANN, [{ productId: id, quantity: 1 }]);
      const second = await place(ANN, [{ productId: id, quantity: 2 }]);
      const third = await place(ANN, [{ productId: id, quantity: 1 }]);
      for (const order of [first, second, third]) await processOrder(order.id, deps());

      expect(await stockOf(id)).toBe(3);
      expect(lowStock).toHaveLength(1);
      expect(lowStock[0]).toEqual([
        expect.objectContaining({ productId: id, stock: 4, lowStockThreshold: 5 }),
      ]);
    });

    it('cancels for the owner or an admin only, from PENDING or CONFIRMED, giving back the stock taken', async () => {
      const id = await product(10);
      await promo({ code: 'WORKER4' });
      const placed = await place(ANN, [{ productId: id, quantity: 4 }], 'WORKER4');
      await processOrder(placed.id, deps());
      expect(await stockOf(id)).toBe(6);

      const refused = await failure(cancelOrder({ id: placed.id }, BOB, deps()));
      expect(refused.type).toBe('Unauthorized');
      expect((await failure(cancelOrder({ id: 'no-such-order' }, ANN, deps()))).type).toBe('NotFound');

      const cancelled = await cancelOrder({ id: placed.id }, ANN, deps());
      expect(cancelled.status).toBe('CANCELLED');
      expect(history(cancelled)).toEqual(['PENDING', 'CONFIRMED', 'CANCELLED']);
      expect(await stockOf(id)).toBe(10);
      expect(await movementsOf(placed.id)).toEqual([-4, 4]);
      expect(await redemptionsOf('WORKER4')).toBe(0);
      expect(events.at(-1)).toMatchObject({ orderId: placed.id, status: 'CANCELLED' });
      expect(emails.at(-1)).toEqual({ id: placed.id, status: 'CANCELLED' });

      const again = await failure(cancelOrder({ id: placed.id }, ANN, deps()));
      expect(again.type).toBe('InvalidStateTransition');
      expect(again.info).toEqual({ from: 'CANCELLED', to: 'CANCELLED' });

      const pending = await place(ANN, [{ productId: id, quantity: 1 }]);
      const byAdmin = await cancelOrder({ id: pending.id }, ADMIN, deps());
      expect(history(byAdmin)).toEqual(['PENDING', 'CANCELLED']);
      expect(byAdmin.history.at(-1)?.by).toBe('user-admin');
      await processOrder(pending.id, deps()); // its message arrives after the cancel: nothing happens
      expect(await stockOf(id)).toBe(10);
    });

    it('moves orders for admins along the allowed moves only, with the reason shown to the shopper', async () => {
      const id = await product(3);
      const placed = await place(ANN, [{ productId: id, quantity: 1 }]);
      const confirmed = await updateOrderStatus({ id: placed.id, status: 'CONFIRMED' }, ADMIN, deps());
      expect(confirmed.status).toBe('CONFIRMED');
      expect(await stockOf(id)).toBe(2);

      const skipped = await failure(updateOrderStatus({ id: placed.id, status: 'DELIVERED' }, ADMIN, deps()));
      expect(skipped.type).toBe('InvalidStateTransition');
      expect(skipped.info).toEqual({ from: 'CONFIRMED', to: 'DELIVERED' });
      const long = await failure(
        updateOrderStatus({ id: placed.id, status: 'SHIPPED', reason: 'x'.repeat(501) }, ADMIN, deps()),
      );
      expect(long.type).toBe('ValidationError');
      expect((await failure(updateOrderStatus({ id: placed.id, status: 'SHIPPED' }, ANN, deps()))).type).toBe(
        'Unauthorized',
      );

      const shipped = await updateOrderStatus(
        { id: placed.id, status: 'SHIPPED', reason: ' DHL 00340434161094042557 ' },
        ADMIN,
        deps(),
      );
      expect(shipped.statusReason).toBe('DHL 00340434161094042557');
      expect(emails.at(-1)).toEqual({ id: placed.id, status: 'SHIPPED' });
      const delivered = await updateOrderStatus({ id: placed.id, status: 'DELIVERED' }, ADMIN, deps());
      expect(history(delivered)).toEqual(['PENDING', 'CONFIRMED', 'SHIPPED', 'DELIVERED']);
      expect(events.filter((event) => event.orderId === placed.id).map((event) => event.status)).toEqual([
        'PENDING',
        'CONFIRMED',
        'SHIPPED',
        'DELIVERED',
      ]);

      const short = await place(BOB, [{ productId: id, quantity: 2 }]);
      await updateOrderStatus(
        { id: (await place(ANN, [{ productId: id, quantity: 1 }])).id, status: 'CONFIRMED' },
        ADMIN,
        deps(),
      );
      const outOfStock = await failure(
        updateOrderStatus({ id: short.id, status: 'CONFIRMED' }, ADMIN, deps()),
      );
      expect(outOfStock.type).toBe('OutOfStock');
      expect(outOfStock.info).toEqual({ productId: id, available: 1 });
      expect((await read(short.id)).status).toBe('PENDING');
    });

    it('ends a cancel racing the worker with one winner per move and no stock lost or doubled', async () => {
      const id = await product(100);
      await promo({ code: 'RACE' });
      const orders = await Promise.all(
        Array.from({ length: 12 }, () => place(ANN, [{ productId: id, quantity: 2 }], 'RACE')),
      );
      await Promise.all(
        orders.flatMap((order) => [
          processOrder(order.id, deps()),
          cancelOrder({ id: order.id }, ANN, deps()),
        ]),
      );
      for (const placed of orders) {
        const order = await read(placed.id);
        expect(order.status).toBe('CANCELLED');
        expect([
          ['PENDING', 'CANCELLED'],
          ['PENDING', 'CONFIRMED', 'CANCELLED'],
        ]).toContainEqual(history(order));
        const movements = await movementsOf(placed.id);
        expect(movements).toEqual(history(order).includes('CONFIRMED') ? [-2, 2] : []);
        // Told once each, in the order made, although the worker and the cancel told at once.
        const told = events.filter((event) => event.orderId === placed.id).map((event) => event.status);
        expect(told).toEqual(history(order));
      }
      expect(await stockOf(id)).toBe(100);
      expect(await redemptionsOf('RACE')).toBe(0);
    });

    it('leaves a change untold when publishing fails, for the sweep to send again', async () => {
      const id = await product(5);
      const placed = await place(ANN, [{ productId: id, quantity: 1 }]);
      failPublish = true;
      await expect(processOrder(placed.id, deps())).rejects.toThrow('AppSync unreachable');
      expect((await read(placed.id)).status).toBe('CONFIRMED');

      const later = new Date(Date.now() + 60_000).toISOString();
      const stranded = (await sql.query(selectStrandedOrders(later, 1_000))).map((row) => row.id);
      expect(stranded).toContain(placed.id);

      failPublish = false;
      await processOrder(placed.id, deps());
      expect(events.map((event) => event.status)).toEqual(['PENDING', 'CONFIRMED']);
      expect(await stockOf(id)).toBe(4);
      const after = (await sql.query(selectStrandedOrders(later, 1_000))).map((row) => row.id);
      expect(after).not.toContain(placed.id);
    });

    it('keeps a confirmed order when SES refuses its email, logs it, and tells nothing twice', async () => {
      const id = await product(5);
      const placed = await place(ANN, [{ productId: id, quantity: 1 }]);
      failEmail = true;
      await processOrder(placed.id, deps());
      expect((await read(placed.id)).status).toBe('CONFIRMED');
      expect(events.map((event) => event.status)).toEqual(['PENDING', 'CONFIRMED']);
      expect(logged).toContainEqual(
        expect.stringMatching(new RegExp(`${placed.id}.*not sent.*MessageRejected`)),
      );
      const later = new Date(Date.now() + 60_000).toISOString();
      const stranded = (await sql.query(selectStrandedOrders(later, 1_000))).map((row) => row.id);
      expect(stranded).not.toContain(placed.id);
    });

    it('lets one teller tell an order at a time: each change once, in order, none left untold', async () => {
      const id = await product(5);
      const placed = await place(ANN, [{ productId: id, quantity: 1 }]);
      let open = (): void => undefined;
      const gate = new Promise<void>((resolve) => (open = resolve));
      let held = false;
      const base = deps();
      const gated: OrdersDeps = {
        ...base,
        notifier: {
          ...base.notifier,
          publish: async (event) => {
            if (!held) {
              held = true;
              await gate;
            }
            events.push(event);
          },
        },
      };
      const first = tellChanges(gated, placed.id);
      await expect.poll(() => held).toBe(true);
      // While the first teller publishes PENDING, a cancel is stored and tries to tell it: it leaves
      // that to the holder of the claim, which finds the change when it looks again.
      const cancelled = await cancelOrder({ id: placed.id }, ANN, gated);
      expect(cancelled.status).toBe('CANCELLED');
      expect(events).toEqual([]);
      open();
      await first;
      expect(events.map((event) => event.status)).toEqual(['PENDING', 'CANCELLED']);
      // One email per round, of its last change (the real notifier sends none for PENDING).
      expect(emails).toEqual([
        { id: placed.id, status: 'PENDING' },
        { id: placed.id, status: 'CANCELLED' },
      ]);
    });
  });
});
