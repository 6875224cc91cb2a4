import { RDSDataClient } from '@aws-sdk/client-rds-data';
import { dataApiExecutor } from '../../functions/lib/sql/dataApiExecutor.js';
import { textParam } from '../../functions/lib/sql/params.js';
import { integer, text } from '../../functions/lib/sql/rowValues.js';
import { shop } from '../../infra/shop.js';
import { LOCAL_ACCOUNT_ID } from '../../local/localAws.js';
import type { DataApiCalls } from '../../local/rdsData/index.js';
import { startShopTwin } from '../../test/support/shopTwin.js';
import { summarize } from '../appsync/summarize.js';
import type { Summary } from '../appsync/summarize.js';
import { clientConfig } from '../twin/clientConfig.js';
import { statementsPerPath } from './statementsPerPath.js';
import type { PathStatements } from './statementsPerPath.js';

/** The burst: `shoppers` × `ordersPerShopper` placeOrder calls of quantity 1, `inFlight` at a time. */
export interface BurstPlan {
  readonly shoppers: number;
  readonly ordersPerShopper: number;
  /** The one product's stock before the burst. */
  readonly stock: number;
  readonly inFlight: number;
}

/** What the burst did and cost. Times are in ms from the first call. */
export interface BurstFigures {
  readonly plan: BurstPlan;
  readonly calls: number;
  /** Calls answered with an order (PENDING, or later for a repeat after a timeout). */
  readonly placed: number;
  /** Calls answered OutOfStock. */
  readonly refused: number;
  /** Calls answered anything else (a fault, a timeout after every attempt): each is a finding. */
  readonly otherAnswers: readonly string[];
  /** Attempts AppSync ended at its 30 s limit and that were sent again with the same key. */
  readonly timedOut: number;
  readonly confirmed: number;
  readonly rejected: number;
  /** Orders still PENDING when the wait gave up (0 unless something is stuck). */
  readonly pending: number;
  readonly stockLeft: number;
  /** The sum of the product's stock movements (minus the confirmed quantity when all is well). */
  readonly movementsTotal: number;
  readonly placeOrderLatency: Summary;
  readonly lastAnswerMs: number;
  /**
   * When no order was PENDING any more: the first poll that saw it, polling from the last answer on
   * every `POLL_MS`; null if that never came.
   */
  readonly allFinalMs: number | null;
  /** When, in addition, every status change was told (published, emailed, marked). */
  readonly allToldMs: number | null;
  /** The Data API calls the twin served from the first call until all was told, the bench's polls excluded. */
  readonly dataApi: DataApiCalls;
  /** The statements of each path, counted one call at a time after the burst (`statementsPerPath`). */
  readonly paths: PathStatements;
  readonly invocations: { readonly orders: number; readonly orderWorker: number };
  /** CPU time this process (client, twin, functions' threads) used from the first call until all was told. */
  readonly cpuMs: number;
  /** Wall time of the same span. */
  readonly burstMs: number;
}

const POLL_MS = 100;
/** Attempts per call when AppSync answers ExecutionTimeout. */
const ATTEMPTS = 3;
const PLACE = `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id status } }`;
const ADDRESS = {
  name: 'Bench Shopper',
  line1: 'Hauptstraße 1',
  city: 'Berlin',
  postalCode: '10115',
  country: 'DE',
};

/**
 * Runs the order burst on a fresh whole twin (SQLite, port 0, a temporary state folder): signs in the
 * shoppers and an admin, creates the product through GraphQL, then sends every shopper's placeOrder calls
 * at once (interleaved, `inFlight` at most), timing each, and polls the Data API until no order is
 * PENDING and every change is told, or `waitMs` passed. Then counts the outcome in SQL and each path's
 * statements (`statementsPerPath`, on a second product). Counts the Data API calls of the burst with
 * the twin's own counters (`RdsDataService.calls`), read before and after it. Stops the twin.
 */
export async function benchOrderBurst(plan: BurstPlan, waitMs: number): Promise<BurstFigures> {
  const shoppers = Array.from({ length: plan.shoppers }, (_, i) => `bench-shopper-${i + 1}`);
  const twin = await startShopTwin({ admins: ['admin'], shoppers });
  const { rdsData } = twin.twin.services;
  const rds = new RDSDataClient(clientConfig(rdsData.endpoint));
  try {
    // The cluster and secret `startTwin` gives the functions (DB_CLUSTER_ARN, DB_SECRET_ARN).
    const sql = dataApiExecutor(rds, {
      resourceArn: `arn:aws:rds:us-east-1:${LOCAL_ACCOUNT_ID}:cluster:shopsync-local`,
      secretArn: `arn:aws:secretsmanager:us-east-1:${LOCAL_ACCOUNT_ID}:secret:shopsync-local-db`,
      database: shop.database.name,
    });
    const createProduct = async (sku: string, stock: number): Promise<string> =>
      (
        await twin.ok<{ createProduct: { id: string } }>(
          `mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`,
          twin.as('admin'),
          {
            input: {
              sku,
              name: `Bench ${sku}`,
              category: 'Tea',
              priceCents: 2_400,
              stock,
              lowStockThreshold: 0,
            },
          },
        )
      ).createProduct.id;
    const productId = await createProduct('BENCH-BURST', plan.stock);
    const invoked = (name: string) => twin.twin.services.lambda.invocations(name);
    const invokedBefore = { orders: invoked('orders'), orderWorker: invoked('orderWorker') };

    const calls = Array.from({ length: plan.shoppers * plan.ordersPerShopper }, (_, i) => ({
      shopper: shoppers[i % plan.shoppers]!,
      idempotencyKey: `bench-burst-${String(i).padStart(6, '0')}`,
    }));
    const latencies: number[] = [];
    const answers: string[] = [];
    let timedOut = 0;
    let next = 0;
    let lastAnswer = 0;
    const send = async (call: (typeof calls)[number]): Promise<string> => {
      const sent = performance.now();
      const response = await fetch(twin.twin.config.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...twin.as(call.shopper) },
        body: JSON.stringify({
          query: PLACE,
          variables: {
            input: {
              items: [{ productId, quantity: 1 }],
              shippingAddress: ADDRESS,
              idempotencyKey: call.idempotencyKey,
            },
          },
        }),
      });
      const body = (await response.json()) as {
        data?: { placeOrder?: { status: string } | null } | null;
        errors?: readonly { errorType?: string; message: string }[];
      };
      lastAnswer = performance.now();
      latencies.push(lastAnswer - sent);
      // A repeat after a timeout answers the order as it is by now, perhaps settled already.
      if (body.data?.placeOrder && !body.errors) return 'placed';
      const errorType = body.errors?.length === 1 ? body.errors[0]?.errorType : undefined;
      if (errorType === 'OutOfStock') return 'refused';
      if (errorType === 'ExecutionTimeout') return 'timeout';
      return `HTTP ${response.status}: ${JSON.stringify(body.errors ?? body)}`.slice(0, 300);
    };
    // Calls run `inFlight` at a time; one AppSync ended at its 30 s limit is sent again with the same
    // key, as a client would (the test does the same).
    const lane = async (): Promise<void> => {
      while (next < calls.length) {
        const call = calls[next]!;
        next += 1;
        let answer = await send(call);
        for (let attempt = 2; answer === 'timeout' && attempt <= ATTEMPTS; attempt += 1) {
          timedOut += 1;
          answer = await send(call);
        }
        answers.push(answer);
      }
    };

    let polls = 0;
    const standing = async (): Promise<{ pending: number; untold: number }> => {
      polls += 1;
      const [row] = await sql.query({
        sql:
          "SELECT (SELECT COUNT(*) FROM orders WHERE status = 'PENDING') AS pending, " +
          '(SELECT COUNT(*) FROM order_status_changes WHERE notified_at IS NULL) AS untold',
        parameters: [],
      });
      return { pending: row ? integer(row, 'pending') : 0, untold: row ? integer(row, 'untold') : 0 };
    };

    const before = await rdsData.calls();
    const cpuBefore = process.cpuUsage();
    const start = performance.now();
    await Promise.all(Array.from({ length: plan.inFlight }, lane));
    let allFinalMs: number | null = null;
    let allToldMs: number | null = null;
    while (performance.now() - start < waitMs) {
      const now = await standing();
      const at = performance.now() - start;
      if (now.pending === 0) allFinalMs ??= at;
      if (now.pending === 0 && now.untold === 0) {
        allToldMs = at;
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
    const after = await rdsData.calls();
    const cpu = process.cpuUsage(cpuBefore);
    const burstMs = performance.now() - start;
    const dataApi = Object.fromEntries(
      Object.entries(after).map(([key, value]) => [key, value - before[key as keyof DataApiCalls]]),
    ) as Record<keyof DataApiCalls, number>;
    // The polls are the bench's own: one statement each, never failing unless the twin is down.
    dataApi.executeStatement -= polls;
    dataApi.statements -= polls;
    const invocations = {
      orders: invoked('orders') - invokedBefore.orders,
      orderWorker: invoked('orderWorker') - invokedBefore.orderWorker,
    };

    const byProduct = [textParam('product', productId)];
    const statuses = new Map(
      (
        await sql.query({
          sql:
            'SELECT o.status, COUNT(*) AS n FROM orders o JOIN order_items i ON i.order_id = o.id ' +
            'WHERE i.product_id = :product GROUP BY o.status',
          parameters: byProduct,
        })
      ).map((row) => [text(row, 'status'), integer(row, 'n')]),
    );
    const [product] = await sql.query({
      sql: 'SELECT stock FROM products WHERE id = :product',
      parameters: byProduct,
    });
    const movements = await sql.query({
      sql: 'SELECT delta FROM stock_movements WHERE product_id = :product',
      parameters: byProduct,
    });

    const paths = await statementsPerPath(
      sql,
      await createProduct('BENCH-PATHS', 1),
      twin.subs[shoppers[0]!]!,
    );
    return {
      plan,
      calls: calls.length,
      placed: answers.filter((answer) => answer === 'placed').length,
      refused: answers.filter((answer) => answer === 'refused').length,
      otherAnswers: answers.filter((answer) => answer !== 'placed' && answer !== 'refused'),
      timedOut,
      confirmed: statuses.get('CONFIRMED') ?? 0,
      rejected: statuses.get('REJECTED') ?? 0,
      pending: statuses.get('PENDING') ?? 0,
      stockLeft: product ? integer(product, 'stock') : NaN,
      movementsTotal: movements.reduce((sum, row) => sum + integer(row, 'delta'), 0),
      placeOrderLatency: summarize(latencies),
      lastAnswerMs: lastAnswer - start,
      allFinalMs,
      allToldMs,
      dataApi,
      paths,
      invocations,
      cpuMs: (cpu.user + cpu.system) / 1000,
      burstMs,
    };
  } finally {
    rds.destroy();
    await twin.stop();
  }
}
