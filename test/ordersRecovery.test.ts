// Orders recover from faults on the whole twin (ARCHITECTURE.md, "Nothing lost, nothing oversold"): the
// order worker killed mid-batch, the whole twin stopped mid-burst and started again on its state folder,
// a message that keeps failing, and an order whose message was never sent. In each, every order ends
// CONFIRMED or REJECTED, each moved once (one history row per status, one stock movement per product
// line of a confirmed order), every change is told, and the stock is what it was minus what the
// confirmed orders took.
import { RDSDataClient } from '@aws-sdk/client-rds-data';
import {
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import Database from 'better-sqlite3';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingHttpHeaders, IncomingMessage, ServerResponse } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeOrderMessage } from '../functions/orders/orderMessage.js';
import { STRANDED_AFTER_SECONDS, strandedAfterMs } from '../functions/orders/sweepHandler.js';
import { dataApiExecutor } from '../functions/lib/sql/dataApiExecutor.js';
import { textParam } from '../functions/lib/sql/params.js';
import { integer, text } from '../functions/lib/sql/rowValues.js';
import type { SqlExecutor } from '../functions/lib/sql/SqlExecutor.js';
import type { SqlRequest } from '../functions/lib/sql/SqlRequest.js';
import type { FunctionSpec, QueueSpec, StackDescription } from '../infra/description.js';
import { ROOT_DIR } from '../infra/paths.js';
import { shop } from '../infra/shop.js';
import { ensureUser } from '../local/cognito/index.js';
import { close, listen } from '../local/listen.js';
import { LOCAL_ACCOUNT_ID, LOCAL_CREDENTIALS } from '../local/localAws.js';
import { startTwin } from '../local/twin.js';
import type { Twin } from '../local/twin.js';
import { graphqlClient } from './support/graphql.js';
import type { CallerHeaders, GraphqlResponse } from './support/graphql.js';
import { DEFAULT_PASSWORD, signInUser, signUpUser } from './support/twinClients.js';

const ADMIN = { email: 'admin.recovery@example.com', password: 'Twin-Password-1' };
const SHOPPER = 'ann.recovery@example.com';
const ADDRESS = {
  name: 'Ann Example',
  line1: 'Hauptstraße 1',
  city: 'Berlin',
  postalCode: '10115',
  country: 'DE',
};
const PLACE = `mutation ($input: PlaceOrderInput!) { placeOrder(input: $input) { id status } }`;
const CREATE_PRODUCT = `mutation ($input: CreateProductInput!) { createProduct(input: $input) { id } }`;
/** Nothing listens on port 1 (a privileged port): an SDK client pointed there finds the service down. */
const UNREACHABLE = 'http://127.0.0.1:1';
/** Settling through redeliveries, cold starts and a loaded 2-core machine takes a while. */
const SETTLED = { timeout: 90_000, interval: 250 };

/** The shop's description with the orders queue's timings and some functions changed. */
function shopWith(changes: {
  readonly queue?: Partial<QueueSpec>;
  readonly functions?: Readonly<Record<string, (spec: FunctionSpec) => FunctionSpec>>;
}): StackDescription {
  const functions: Record<string, FunctionSpec> = { ...shop.functions };
  for (const [name, change] of Object.entries(changes.functions ?? {})) {
    const spec = shop.functions[name];
    if (!spec) throw new Error(`No function ${name} in the shop's description`);
    functions[name] = change(spec);
  }
  const orders = shop.queues.orders;
  if (!orders) throw new Error("No orders queue in the shop's description");
  return { ...shop, functions, queues: { ...shop.queues, orders: { ...orders, ...changes.queue } } };
}

/** A change of a function: `environment` added to its own. */
function withEnvironment(
  environment: Readonly<Record<string, string>>,
): (spec: FunctionSpec) => FunctionSpec {
  return (spec) => ({ ...spec, environment: { ...spec.environment, ...environment } });
}

/** A whole twin of `description` with an admin and a shopper signed in, and clients of its SQL and SQS. */
interface RecoveryShop {
  readonly twin: Twin;
  readonly gql: ReturnType<typeof graphqlClient>;
  readonly admin: CallerHeaders;
  readonly shopper: CallerHeaders;
  readonly shopperSub: string;
  readonly sql: SqlExecutor;
  readonly sqs: SQSClient;
  /** The twin's log so far (every function's lines, prefixed `[name]`). */
  readonly log: readonly string[];
  /** Stops the twin; its state folder stays. */
  stop(): Promise<void>;
}

/**
 * Starts the twin in `stateDir` (a folder a previous twin left keeps its data) and signs the admin and
 * the shopper in, signing the shopper up first (with the profile orders are emailed to) when new.
 */
async function startRecoveryShop(description: StackDescription, stateDir: string): Promise<RecoveryShop> {
  const log: string[] = [];
  const twin = await startTwin({
    description,
    rootDir: ROOT_DIR,
    port: 0,
    stateDir,
    // The crash test holds three batches of the worker at once: each needs a worker of its own.
    lambdaConcurrency: { orderWorker: 10 },
    log: (line) => log.push(line),
  });
  try {
    await ensureUser(twin.services.cognito, { ...ADMIN, groups: ['admins'] });
    const admin = await signInUser(twin, ADMIN.email, ADMIN.password);
    const shopper = await signInUser(twin, SHOPPER, DEFAULT_PASSWORD).catch(
      async () => (await signUpUser(twin, SHOPPER)).idToken,
    );
    const shopperSub = (
      JSON.parse(Buffer.from(shopper.split('.')[1]!, 'base64url').toString()) as {
        sub: string;
      }
    ).sub;
    const rds = new RDSDataClient({
      endpoint: twin.services.rdsData.endpoint,
      region: 'us-east-1',
      credentials: LOCAL_CREDENTIALS,
    });
    const sqs = new SQSClient({
      endpoint: twin.services.sqsSns.endpoint,
      region: 'us-east-1',
      credentials: LOCAL_CREDENTIALS,
    });
    const graphqlUrl = twin.config.graphqlUrl;
    return {
      twin,
      gql: graphqlClient(() => graphqlUrl),
      admin: { authorization: admin },
      shopper: { authorization: shopper },
      shopperSub,
      // The cluster and secret `startTwin` gives the functions (DB_CLUSTER_ARN, DB_SECRET_ARN).
      sql: dataApiExecutor(rds, {
        resourceArn: `arn:aws:rds:us-east-1:${LOCAL_ACCOUNT_ID}:cluster:shopsync-local`,
        secretArn: `arn:aws:secretsmanager:us-east-1:${LOCAL_ACCOUNT_ID}:secret:shopsync-local-db`,
        database: description.database.name,
      }),
      sqs,
      log,
      stop: async () => {
        rds.destroy();
        sqs.destroy();
        await twin.stop();
      },
    };
  } catch (error) {
    await twin.stop();
    throw error;
  }
}

/** Creates a product with `stock` as the admin; answers its id. */
async function createProduct(running: RecoveryShop, sku: string, stock: number): Promise<string> {
  const { createProduct: created } = await running.gql.ok<{ createProduct: { id: string } }>(
    CREATE_PRODUCT,
    running.admin,
    {
      input: { sku, name: `Recovery ${sku}`, category: 'Tea', priceCents: 900, stock, lowStockThreshold: 0 },
    },
  );
  return created.id;
}

/** One order's lines: `quantity` of each product. */
type Lines = readonly { readonly productId: string; readonly quantity: number }[];

/** Places an order for `items` as the shopper; answers the whole GraphQL response. */
function placeOrder(running: RecoveryShop, items: Lines, key: string): Promise<GraphqlResponse> {
  return running.gql.call(PLACE, running.shopper, {
    input: { items, shippingAddress: ADDRESS, idempotencyKey: key },
  });
}

/** The id of the order a placeOrder response answered; fails the test on an error. */
function placedId(answer: GraphqlResponse): string {
  expect(answer.errors).toBeUndefined();
  return (answer.data as { placeOrder: { id: string } }).placeOrder.id;
}

/** `:name0, :name1, …` and their text parameters: an `IN (…)` list both engines take. */
function inList(name: string, values: readonly string[]): SqlRequest {
  return {
    sql: values.map((_, i) => `:${name}${i}`).join(', '),
    parameters: values.map((value, i) => textParam(`${name}${i}`, value)),
  };
}

/** Every order of `userId`'s, as stored. */
async function ordersOf(sql: SqlExecutor, userId: string): Promise<string[]> {
  const rows = await sql.query({
    sql: 'SELECT id FROM orders WHERE user_id = :user ORDER BY id',
    parameters: [textParam('user', userId)],
  });
  return rows.map((row) => text(row, 'id'));
}

/** Of `ids`, how many orders are `PENDING` and how many status changes nobody was told of yet. */
async function unfinished(
  sql: SqlExecutor,
  ids: readonly string[],
): Promise<{ pending: number; untold: number }> {
  const list = inList('id', ids);
  const [pending] = await sql.query({
    sql: `SELECT COUNT(*) AS n FROM orders WHERE status = 'PENDING' AND id IN (${list.sql})`,
    parameters: list.parameters,
  });
  const [untold] = await sql.query({
    sql: `SELECT COUNT(*) AS n FROM order_status_changes WHERE notified_at IS NULL AND order_id IN (${list.sql})`,
    parameters: list.parameters,
  });
  return { pending: pending ? integer(pending, 'n') : -1, untold: untold ? integer(untold, 'n') : -1 };
}

/** The status of each of `ids`. */
async function statusesOf(sql: SqlExecutor, ids: readonly string[]): Promise<Map<string, string>> {
  const list = inList('id', ids);
  const rows = await sql.query({
    sql: `SELECT id, status FROM orders WHERE id IN (${list.sql})`,
    parameters: list.parameters,
  });
  return new Map(rows.map((row) => [text(row, 'id'), text(row, 'status')]));
}

/** Messages on a queue: waiting, and received but neither deleted nor visible again. */
async function messagesOn(sqs: SQSClient, queueUrl: string): Promise<number> {
  const { Attributes = {} } = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: queueUrl,
      AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
    }),
  );
  return (
    Number(Attributes.ApproximateNumberOfMessages) + Number(Attributes.ApproximateNumberOfMessagesNotVisible)
  );
}

/** Waits until none of `ids` is PENDING or has a change untold, and the orders queue is empty. */
async function settle(running: RecoveryShop, ids: readonly string[]): Promise<void> {
  const queueUrl = running.twin.services.sqsSns.queueUrl('orders');
  await expect
    .poll(
      async () => ({
        ...(await unfinished(running.sql, ids)),
        queued: await messagesOn(running.sqs, queueUrl),
      }),
      SETTLED,
    )
    .toEqual({ pending: 0, untold: 0, queued: 0 });
}

/**
 * Asserts that each of `ids` ended CONFIRMED or REJECTED and moved once: its history is exactly PENDING
 * then its end; a confirmed order has one stock movement per product it holds, of minus the quantity; a
 * rejected one none. And that each product's stock is `stockBefore` minus the confirmed quantities.
 * Answers how many orders were confirmed.
 */
async function expectMovedOnce(
  sql: SqlExecutor,
  ids: readonly string[],
  stockBefore: ReadonlyMap<string, number>,
): Promise<number> {
  const list = inList('id', ids);
  const statuses = await statusesOf(sql, ids);
  expect([...statuses.keys()].sort()).toEqual([...ids].sort());
  expect([...statuses.values()].filter((status) => status !== 'CONFIRMED' && status !== 'REJECTED')).toEqual(
    [],
  );

  const changes = await sql.query({
    sql: `SELECT order_id, to_status FROM order_status_changes WHERE order_id IN (${list.sql}) ORDER BY created_at, id`,
    parameters: list.parameters,
  });
  const history = new Map<string, string[]>();
  for (const row of changes) {
    const id = text(row, 'order_id');
    history.set(id, [...(history.get(id) ?? []), text(row, 'to_status')]);
  }
  const misfits = ids.filter((id) => {
    const seen = history.get(id) ?? [];
    return seen.length !== 2 || seen[0] !== 'PENDING' || seen[1] !== statuses.get(id);
  });
  expect(misfits.map((id) => [id, history.get(id)])).toEqual([]);

  const held = new Map<string, number>();
  const taken = new Map<string, number>();
  for (const row of await sql.query({
    sql: `SELECT order_id, product_id, SUM(quantity) AS quantity FROM order_items WHERE order_id IN (${list.sql}) GROUP BY order_id, product_id`,
    parameters: list.parameters,
  })) {
    const id = text(row, 'order_id');
    if (statuses.get(id) !== 'CONFIRMED') continue;
    const product = text(row, 'product_id');
    held.set(`${id} ${product}`, -integer(row, 'quantity'));
    taken.set(product, (taken.get(product) ?? 0) + integer(row, 'quantity'));
  }
  const movements = await sql.query({
    sql: `SELECT order_id, product_id, delta FROM stock_movements WHERE order_id IN (${list.sql})`,
    parameters: list.parameters,
  });
  const moved = movements.map((row) => [
    `${text(row, 'order_id')} ${text(row, 'product_id')}`,
    integer(row, 'delta'),
  ]);
  expect(moved.sort()).toEqual([...held.entries()].sort());

  const products = [...stockBefore.keys()];
  const productList = inList('product', products);
  const stock = await sql.query({
    sql: `SELECT id, stock FROM products WHERE id IN (${productList.sql})`,
    parameters: productList.parameters,
  });
  expect(new Map(stock.map((row) => [text(row, 'id'), integer(row, 'stock')]))).toEqual(
    new Map(products.map((id) => [id, (stockBefore.get(id) ?? 0) - (taken.get(id) ?? 0)])),
  );
  return [...statuses.values()].filter((status) => status === 'CONFIRMED').length;
}

/** The lines of the `i`th order of a burst: 1 to 3 of the first product, every other order 1 of the second. */
function burstLines(i: number, products: readonly [string, string]): Lines {
  return [
    { productId: products[0], quantity: (i % 3) + 1 },
    ...(i % 2 === 0 ? [{ productId: products[1], quantity: 1 }] : []),
  ];
}

interface HeldRequest {
  readonly request: IncomingMessage;
  readonly body: Buffer;
  readonly response: ServerResponse;
  gone: boolean;
}

/**
 * An HTTP relay in front of the SES twin, given to the order worker as its SES endpoint
 * (`AWS_ENDPOINT_URL_SESV2`): it passes requests on, or, while held, leaves them unanswered, as a
 * dependency that hangs. A worker then stays inside its batch after its orders' moves are committed and
 * published, and before they are marked told. On release the held requests are passed on, except those
 * whose caller went away (a crashed worker): those are dropped, as a server drops a closed connection.
 */
class SesRelay {
  readonly #server = createServer((request, response) => void this.#receive(request, response));
  readonly #held: HeldRequest[] = [];
  #holding = false;
  #target: () => string = () => {
    throw new Error('The SES relay has no twin to pass requests on to yet');
  };
  endpoint = '';

  static async start(): Promise<SesRelay> {
    const relay = new SesRelay();
    relay.endpoint = await listen(relay.#server, 0, 'ses relay');
    return relay;
  }

  /** Where requests are passed on: the current twin's SES endpoint (a restarted twin has a new one). */
  passTo(target: () => string): void {
    this.#target = target;
  }

  /** Requests held now whose caller still waits. */
  get held(): number {
    return this.#held.filter((entry) => !entry.gone).length;
  }

  hold(): void {
    this.#holding = true;
  }

  /** Passes on, at once, every held request whose caller still waits, and stops holding. */
  async release(): Promise<void> {
    this.#holding = false;
    const waiting = this.#held.splice(0).filter((entry) => !entry.gone);
    await Promise.all(waiting.map((entry) => this.#pass(entry)));
  }

  async close(): Promise<void> {
    this.#holding = false;
    for (const entry of this.#held.splice(0)) entry.response.destroy();
    this.#server.closeAllConnections();
    await close(this.#server);
  }

  async #receive(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const entry: HeldRequest = { request, body: Buffer.concat(chunks), response, gone: false };
    response.on('close', () => (entry.gone = !response.writableFinished));
    if (this.#holding) this.#held.push(entry);
    else await this.#pass(entry);
  }

  async #pass(entry: HeldRequest): Promise<void> {
    try {
      const answer = await fetch(new URL(entry.request.url ?? '/', this.#target()), {
        method: entry.request.method ?? 'POST',
        headers: passedHeaders(entry.request.headers),
        ...(entry.body.length > 0 ? { body: entry.body } : {}),
      });
      entry.response.writeHead(answer.status, {
        'content-type': answer.headers.get('content-type') ?? 'application/json',
      });
      entry.response.end(Buffer.from(await answer.arrayBuffer()));
    } catch (error) {
      entry.response.writeHead(502, { 'content-type': 'text/plain' }).end(String(error));
    }
  }
}

/** A request's headers as the relay passes them on: without those of its own hop (fetch sets them). */
function passedHeaders(headers: IncomingHttpHeaders): Record<string, string> {
  const hop = new Set(['host', 'connection', 'content-length', 'transfer-encoding', 'keep-alive']);
  return Object.fromEntries(
    Object.entries(headers).flatMap(([name, value]) =>
      hop.has(name) || value === undefined ? [] : [[name, Array.isArray(value) ? value.join(', ') : value]],
    ),
  );
}

describe('the sweep age setting (ORDER_SWEEP_AFTER_SECONDS)', () => {
  it('defaults to five minutes, takes whole seconds from 0, and refuses anything else', () => {
    expect(STRANDED_AFTER_SECONDS).toBe(300);
    expect(strandedAfterMs(undefined)).toBe(300_000);
    expect(strandedAfterMs('')).toBe(300_000);
    expect(strandedAfterMs('0')).toBe(0);
    expect(strandedAfterMs('42')).toBe(42_000);
    for (const wrong of ['-1', '1.5', '5m', ' 5', 'soon']) {
      expect(() => strandedAfterMs(wrong)).toThrow(
        /^ORDER_SWEEP_AFTER_SECONDS must be a whole number of seconds/,
      );
    }
  });
});

describe('a worker killed mid-batch', () => {
  let root = '';
  let relay: SesRelay;
  let running: RecoveryShop;

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'shopsync-recovery-crash-'));
    relay = await SesRelay.start();
    running = await startRecoveryShop(
      shopWith({
        // Messages come back 20 s after a receive: seldom before the crash, soon enough after it.
        queue: { visibilityTimeoutSeconds: 20 },
        functions: {
          orderWorker: (spec) => ({
            // The crashed workers' claims on telling their orders lapse 5 s on, before SQS delivers again.
            ...withEnvironment({ AWS_ENDPOINT_URL_SESV2: relay.endpoint, ORDER_TELLING_CLAIM_SECONDS: '5' })(
              spec,
            ),
            // The held batches must outlast the burst on a loaded machine: the crash ends them, not a timeout.
            timeoutSeconds: 120,
            // A window long enough for the burst to form three full batches. The worker may run ten at
            // once here (`lambdaConcurrency`): held batches of the usual one-second window could take
            // all ten and starve the rest.
            triggers: (spec.triggers ?? []).map((trigger) =>
              trigger.kind === 'sqs' ? { ...trigger, maxBatchingWindowSeconds: 20 } : trigger,
            ),
          }),
        },
      }),
      path.join(root, 'state'),
    );
    relay.passTo(() => running.twin.services.ses.endpoint);
  });
  afterAll(async () => {
    await relay?.close();
    await running?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it(
    'leaves its batches to SQS, which delivers them again: each order moved and its stock taken once',
    { timeout: 240_000 },
    async () => {
      const products = [
        await createProduct(running, 'CRASH-CUP', 200),
        await createProduct(running, 'CRASH-POT', 200),
      ] as const;
      const stockBefore = new Map(products.map((id) => [id, 200]));
      relay.hold();
      const answers = await Promise.all(
        Array.from({ length: 30 }, (_, i) =>
          placeOrder(running, burstLines(i, products), `recovery-crash-${i}`),
        ),
      );
      const ids = answers.map(placedId);

      // Mid-batch, at a known point: every order is CONFIRMED (its transaction committed) and its worker
      // waits on the shopper's email, so nothing is told yet and no message is deleted. No transaction is
      // open then, on purpose: a worker killed inside one leaves its Data API transaction open until the
      // 3-minute idle timeout, and the SQLite twin (one writer at a time) holds every other statement
      // back until then, which no test should wait for.
      await expect
        .poll(
          async () => ({ held: relay.held >= ids.length, ...(await unfinished(running.sql, ids)) }),
          SETTLED,
        )
        .toEqual({ held: true, pending: 0, untold: ids.length * 2 });
      const ended = await running.twin.services.lambda.crash('orderWorker');
      expect(ended).toBeGreaterThan(0);
      await expect
        .poll(() =>
          running.log.filter(
            (line) => line.startsWith('[orderWorker]') && line.includes('Runtime.ExitError'),
          ),
        )
        .toHaveLength(ended);
      // The crashed workers' connections close: their emails are abandoned, none is sent.
      await expect.poll(() => relay.held).toBe(0);
      await relay.release();

      await settle(running, ids);
      expect(await expectMovedOnce(running.sql, ids, stockBefore)).toBe(ids.length);
      // The deliveries after the crash told each order once: one confirmation email each.
      const confirmations = running.twin.services.ses
        .emails()
        .filter((mail) => mail.destination.to.includes(SHOPPER) && /confirmed/i.test(mail.subject));
      expect(confirmations).toHaveLength(ids.length);
    },
  );
});

describe('the whole twin stopped mid-burst and started again on its state folder', () => {
  let root = '';
  // The sweep's age lowered, so that firing the schedule finds at once what the stop stranded.
  const description = shopWith({
    queue: { visibilityTimeoutSeconds: 5 },
    functions: { orderSweep: withEnvironment({ ORDER_SWEEP_AFTER_SECONDS: '1' }) },
  });
  let running: RecoveryShop | undefined;

  beforeAll(() => {
    root = mkdtempSync(path.join(tmpdir(), 'shopsync-recovery-restart-'));
  });
  afterAll(async () => {
    await running?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  it(
    'finishes every order once: saved messages delivered, stranded orders swept, no stock lost',
    { timeout: 240_000 },
    async () => {
      const stateDir = path.join(root, 'state');
      const first = await startRecoveryShop(description, stateDir);
      running = first;
      const products = [
        await createProduct(first, 'RESTART-CUP', 40),
        await createProduct(first, 'RESTART-POT', 40),
      ] as const;
      const stockBefore = new Map(products.map((id) => [id, 40]));

      // 30 orders at once; the twin stops as the tenth is answered, the others still on their way.
      let answered = 0;
      let tenthAnswered: () => void = () => undefined;
      const tenth = new Promise<void>((resolve) => (tenthAnswered = resolve));
      const calls = Array.from({ length: 30 }, (_, i) =>
        placeOrder(first, burstLines(i, products), `recovery-restart-${i}`).then(
          (answer) => {
            answered += 1;
            if (answered === 10) tenthAnswered();
            return answer;
          },
          (error: unknown) =>
            ({ data: null, errors: [{ message: String(error) }] }) satisfies GraphqlResponse,
        ),
      );
      await tenth;
      await first.stop();
      running = undefined;
      const answers = await Promise.all(calls);
      const placed = answers.filter((answer) => answer.errors === undefined).map(placedId);
      expect(placed.length).toBeGreaterThanOrEqual(10);

      // What the stop left, read from the state folder while no twin runs: orders not finished (in the Data
      // API twin's SQLite file) and the messages the queue held (saved by the SQS twin on stop, to be sent
      // again at start).
      const database = new Database(path.join(stateDir, 'rds-data', `${description.database.name}.sqlite`), {
        readonly: true,
      });
      const [left] = database
        .prepare(
          "SELECT (SELECT COUNT(*) FROM orders WHERE status = 'PENDING') AS pending, " +
            '(SELECT COUNT(*) FROM order_status_changes WHERE notified_at IS NULL) AS untold',
        )
        .all() as { pending: number; untold: number }[];
      database.close();
      const savedFile = path.join(stateDir, 'sqs', 'sqs-messages.json');
      const saved = existsSync(savedFile)
        ? ((JSON.parse(readFileSync(savedFile, 'utf8')) as Record<string, unknown[]>).orders ?? []).length
        : 0;
      // The stop came mid-burst: work was left for after the restart.
      expect((left?.pending ?? 0) + (left?.untold ?? 0) + saved).toBeGreaterThan(0);

      const again = await startRecoveryShop(description, stateDir);
      running = again;
      // Orders whose message was lost with the stop (stored, not yet sent) are the sweep's to find.
      await again.twin.services.scheduler.fire('orderSweep');
      const ids = await ordersOf(again.sql, again.shopperSub);
      expect(ids).toEqual(expect.arrayContaining(placed));
      await settle(again, ids);
      await expectMovedOnce(again.sql, ids, stockBefore);
    },
  );
});

describe('orders never queued by placeOrder (its SQS endpoint unreachable)', () => {
  let root = '';
  let running: RecoveryShop;
  let products: readonly [string, string];
  const stockBefore = new Map<string, number>();

  beforeAll(async () => {
    root = mkdtempSync(path.join(tmpdir(), 'shopsync-recovery-stranded-'));
    running = await startRecoveryShop(
      shopWith({
        // A failed message comes back after 10 s, and its second failure is its last; 10 s also outlasts a
        // batch with a cold start on a loaded machine, so a message is not received again mid-processing.
        queue: { visibilityTimeoutSeconds: 10, maxReceiveCount: 2 },
        functions: {
          // The orders function stores each order PENDING, fails to send its message, and leaves it to
          // the sweep; every other function reaches SQS.
          orders: withEnvironment({ AWS_ENDPOINT_URL_SQS: UNREACHABLE }),
          // Any PENDING order is the sweep's: the tests fire the schedule rather than wait minutes.
          orderSweep: withEnvironment({ ORDER_SWEEP_AFTER_SECONDS: '0' }),
        },
      }),
      path.join(root, 'state'),
    );
    products = [
      await createProduct(running, 'STRAND-CUP', 50),
      await createProduct(running, 'STRAND-POT', 50),
    ];
    for (const id of products) stockBefore.set(id, 50);
  });
  afterAll(async () => {
    await running?.stop();
    if (root) rmSync(root, { recursive: true, force: true });
  });

  /** Places `count` orders, each stored PENDING with no message sent; answers their ids. */
  async function placeStranded(count: number, prefix: string): Promise<string[]> {
    const ids: string[] = [];
    for (let i = 0; i < count; i += 1)
      ids.push(placedId(await placeOrder(running, burstLines(i, products), `recovery-${prefix}-${i}`)));
    for (const id of ids) {
      expect(running.log.some((line) => line.includes(`orders: ${id} not queued yet`))).toBe(true);
    }
    expect(await messagesOn(running.sqs, running.twin.services.sqsSns.queueUrl('orders'))).toBe(0);
    expect(new Set((await statusesOf(running.sql, ids)).values())).toEqual(new Set(['PENDING']));
    return ids;
  }

  it('moves a message that keeps failing to the dead-letter queue; the rest of its batch is processed', async () => {
    const ids = await placeStranded(4, 'dlq');
    const poison = 'not an order message';
    await running.sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: running.twin.services.sqsSns.queueUrl('orders'),
        Entries: [...ids.map(writeOrderMessage), poison].map((body, i) => ({
          Id: String(i),
          MessageBody: body,
        })),
      }),
    );

    const dlqUrl = running.twin.services.sqsSns.deadLetterQueueUrl('orders');
    await expect.poll(() => messagesOn(running.sqs, dlqUrl), SETTLED).toBe(1);
    const { Messages = [] } = await running.sqs.send(
      new ReceiveMessageCommand({ QueueUrl: dlqUrl, MaxNumberOfMessages: 10, WaitTimeSeconds: 1 }),
    );
    expect(Messages.map((message) => message.Body)).toEqual([poison]);
    // One batch of five, whose poison message alone failed (a partial batch response): the four orders
    // were processed and their messages deleted, while the poison came back until it had failed
    // maxReceiveCount (2) receives and the queue's redrive policy moved it.
    expect(running.log).toContain(
      '[orderWorker] sqs: 1 of 5 messages from orders failed; left for redelivery',
    );
    await settle(running, ids);
    await expectMovedOnce(running.sql, ids, stockBefore);
  });

  it('confirms an order left PENDING without a message once the orderSweep schedule fires', async () => {
    const [id] = await placeStranded(1, 'sweep');
    const stock = await running.sql.query({
      sql: 'SELECT id, stock FROM products WHERE id IN (:a, :b)',
      parameters: [textParam('a', products[0]), textParam('b', products[1])],
    });
    const stockNow = new Map(stock.map((row) => [text(row, 'id'), integer(row, 'stock')]));

    await running.twin.services.scheduler.fire('orderSweep');
    expect(
      running.log.some(
        (line) =>
          line.startsWith('[orderSweep]') && line.includes('orders: sweep sent 1 stranded order(s) again'),
      ),
    ).toBe(true);
    await settle(running, [id!]);
    expect(await expectMovedOnce(running.sql, [id!], stockNow)).toBe(1);
  });
});
