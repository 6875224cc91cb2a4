// A burst of orders on the whole twin: 20 shoppers place 1,000 orders at once for a product with 100 in
// stock, through GraphQL, the orders function, the queue and the worker. Nothing is oversold, nothing is
// lost or doubled, and every order ends CONFIRMED or REJECTED (ARCHITECTURE.md, "Nothing lost, nothing
// oversold"). `npm run bench:orders` times the same burst.
import { RDSDataClient } from '@aws-sdk/client-rds-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shop as description } from '../infra/shop.js';
import { dataApiExecutor } from '../functions/lib/sql/dataApiExecutor.js';
import { textParam } from '../functions/lib/sql/params.js';
import { integer, text } from '../functions/lib/sql/rowValues.js';
import type { SqlExecutor } from '../functions/lib/sql/SqlExecutor.js';
import { LOCAL_ACCOUNT_ID, LOCAL_CREDENTIALS } from '../local/localAws.js';
import type { GraphqlResponse } from './support/graphql.js';
import { startShopTwin } from './support/shopTwin.js';
import type { ShopTwin } from './support/shopTwin.js';

const SHOPPERS = Array.from({ length: 20 }, (_, i) => `burst-shopper-${i + 1}`);
const ORDERS_PER_SHOPPER = 50;
const STOCK = 100;
const PRODUCT_NAME = 'Burst Teapot';
// At most this many placeOrder calls in flight. Real clients send over a bounded pool (a browser opens 6
// connections per host, a load generator has a fixed number of virtual users) and wait for answers.
// 1,000 requests at once would open 1,000 sockets and queue nearly all of them in front of the 10
// workers the twin runs the orders function in, where the later ones could meet AppSync's 30 s request
// limit: a flood of the test's making, not a property of the shop. 50 keeps all 10 busy with callers
// waiting behind each, which is the contention the test is after.
const IN_FLIGHT = 50;
/** Attempts per call when AppSync answers ExecutionTimeout. */
const ATTEMPTS = 3;

const PLACE = `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id userId status } }`;
const ADDRESS = {
  name: 'Burst Shopper',
  line1: 'Hauptstraße 1',
  city: 'Berlin',
  postalCode: '10115',
  country: 'DE',
};

/** One placeOrder call of the burst: who sends it, with which key, and what it was answered. */
interface BurstCall {
  readonly shopper: string;
  readonly idempotencyKey: string;
  readonly answer: GraphqlResponse;
}

/** Runs `work` on every item with at most `limit` calls in flight; answers the results in item order. */
async function inFlight<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < items.length) {
      const index = next;
      next += 1;
      results[index] = await work(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: limit }, lane));
  return results;
}

describe('a burst of 1,000 orders for 100 in stock, on the whole twin', () => {
  let shop: ShopTwin;
  let rds: RDSDataClient;
  let sql: SqlExecutor;

  beforeAll(async () => {
    shop = await startShopTwin({ admins: ['admin'], shoppers: SHOPPERS });
    rds = new RDSDataClient({
      endpoint: shop.twin.services.rdsData.endpoint,
      region: 'us-east-1',
      credentials: LOCAL_CREDENTIALS,
    });
    // The cluster and secret `startTwin` gives the functions (DB_CLUSTER_ARN, DB_SECRET_ARN).
    sql = dataApiExecutor(rds, {
      resourceArn: `arn:aws:rds:us-east-1:${LOCAL_ACCOUNT_ID}:cluster:shopsync-local`,
      secretArn: `arn:aws:secretsmanager:us-east-1:${LOCAL_ACCOUNT_ID}:secret:shopsync-local-db`,
      database: description.database.name,
    });
  });
  afterAll(async () => {
    rds?.destroy();
    await shop?.stop();
  });

  it(
    'confirms exactly 100, rejects or refuses the rest, and takes the stock once per confirmed order',
    { timeout: 240_000 },
    async () => {
      const { createProduct } = await shop.ok<{ createProduct: { id: string } }>(
        `mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`,
        shop.as('admin'),
        {
          input: {
            sku: 'BURST-TEAPOT',
            name: PRODUCT_NAME,
            category: 'Tea',
            priceCents: 2_400,
            stock: STOCK,
            lowStockThreshold: 0,
          },
        },
      );
      const productId = createProduct.id;
      const byProduct = [textParam('product', productId)];

      // Shoppers interleaved, so that all twenty compete from the first call to the last.
      const plan = Array.from({ length: SHOPPERS.length * ORDERS_PER_SHOPPER }, (_, i) => ({
        shopper: SHOPPERS[i % SHOPPERS.length]!,
        idempotencyKey: `burst-${String(i).padStart(4, '0')}`,
      }));
      // A call AppSync ended at its 30 s limit is sent again with the same key, as a client would: on a
      // loaded machine the first calls can wait that long behind the functions' cold starts and the
      // worker's transactions. The order the first attempt may have placed must then be the one
      // answered (checked below).
      const place = async (call: (typeof plan)[number]): Promise<BurstCall> => {
        for (let attempt = 1; ; attempt += 1) {
          const answer = await shop.call(PLACE, shop.as(call.shopper), {
            input: {
              items: [{ productId, quantity: 1 }],
              shippingAddress: ADDRESS,
              idempotencyKey: call.idempotencyKey,
            },
          });
          const timedOut = answer.errors?.[0]?.errorType === 'ExecutionTimeout';
          if (!timedOut || attempt === ATTEMPTS) return { ...call, answer };
        }
      };
      const calls = await inFlight(plan, IN_FLIGHT, place);

      const orderOf = (call: BurstCall) =>
        call.answer.errors === undefined
          ? ((call.answer.data?.placeOrder ?? null) as { id: string; userId: string } | null)
          : null;
      const isRefusal = (call: BurstCall) =>
        call.answer.errors?.length === 1 && call.answer.errors[0]?.errorType === 'OutOfStock';
      const placed = calls.flatMap((call) => {
        const order = orderOf(call);
        return order ? [{ ...call, order }] : [];
      });
      const refused = calls.filter(isRefusal);
      // Every call is answered an order or OutOfStock: anything else (a timeout, a fault) shows here.
      expect(calls.filter((call) => !orderOf(call) && !isRefusal(call)).map((call) => call.answer)).toEqual(
        [],
      );
      expect(placed.length + refused.length).toBe(plan.length);
      expect(placed.every(({ shopper, order }) => order.userId === shop.subs[shopper])).toBe(true);

      const pending = async (): Promise<number> => {
        const [row] = await sql.query({
          sql:
            'SELECT COUNT(*) AS pending FROM orders o JOIN order_items i ON i.order_id = o.id ' +
            "WHERE i.product_id = :product AND o.status = 'PENDING'",
          parameters: byProduct,
        });
        return row ? integer(row, 'pending') : 0;
      };
      await expect.poll(pending, { timeout: 150_000, interval: 250 }).toBe(0);

      const orders = (
        await sql.query({
          sql:
            'SELECT o.id, o.user_id, o.idempotency_key, o.status, o.status_reason FROM orders o ' +
            'JOIN order_items i ON i.order_id = o.id WHERE i.product_id = :product',
          parameters: byProduct,
        })
      ).map((row) => ({
        id: text(row, 'id'),
        userId: text(row, 'user_id'),
        key: text(row, 'idempotency_key'),
        status: text(row, 'status'),
        reason: row.status_reason ?? null,
      }));
      // No order id twice, one order per shopper and key, and the orders stored are the ones answered.
      expect(new Set(orders.map((order) => order.id)).size).toBe(orders.length);
      expect(new Set(orders.map((order) => `${order.userId} ${order.key}`)).size).toBe(orders.length);
      const stored = new Map(orders.map((order) => [`${order.userId} ${order.key}`, order.id]));
      expect(
        placed.filter(
          ({ order, idempotencyKey }) => stored.get(`${order.userId} ${idempotencyKey}`) !== order.id,
        ),
      ).toEqual([]);
      expect(orders).toHaveLength(placed.length);

      const confirmed = orders.filter((order) => order.status === 'CONFIRMED');
      const rejected = orders.filter((order) => order.status === 'REJECTED');
      expect(confirmed).toHaveLength(STOCK);
      expect(rejected).toHaveLength(placed.length - STOCK);
      expect(new Set(rejected.map((order) => order.reason))).toEqual(
        new Set(rejected.length > 0 ? [`Only 0 of ${PRODUCT_NAME} left`] : []),
      );
      expect(confirmed.length + rejected.length + refused.length).toBe(plan.length);

      const [product] = await sql.query({
        sql: 'SELECT stock FROM products WHERE id = :product',
        parameters: byProduct,
      });
      expect(product && integer(product, 'stock')).toBe(0);
      const movements = (
        await sql.query({
          sql: 'SELECT order_id, delta FROM stock_movements WHERE product_id = :product',
          parameters: byProduct,
        })
      ).map((row) => ({ orderId: text(row, 'order_id'), delta: integer(row, 'delta') }));
      expect(movements.reduce((sum, movement) => sum + movement.delta, 0)).toBe(-STOCK);
      expect(movements.map((movement) => movement.orderId).sort()).toEqual(
        confirmed.map((order) => order.id).sort(),
      );

      // Each order moved once (PENDING, then its end), and every change was told.
      const changes = await sql.query({
        sql:
          'SELECT c.order_id, COUNT(*) AS changes FROM order_status_changes c ' +
          'JOIN order_items i ON i.order_id = c.order_id ' +
          'WHERE i.product_id = :product GROUP BY c.order_id',
        parameters: byProduct,
      });
      expect(changes.filter((row) => integer(row, 'changes') !== 2)).toEqual([]);
      expect(changes).toHaveLength(orders.length);
      await expect
        .poll(async () => {
          const [row] = await sql.query({
            sql:
              'SELECT COUNT(*) AS untold FROM order_status_changes c JOIN order_items i ' +
              'ON i.order_id = c.order_id WHERE i.product_id = :product AND c.notified_at IS NULL',
            parameters: byProduct,
          });
          return row ? integer(row, 'untold') : 0;
        })
        .toBe(0);
    },
  );
});
