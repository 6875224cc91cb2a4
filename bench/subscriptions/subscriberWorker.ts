/**
 * The subscribers' side of the benchmark, run in a worker thread (see `SubscriberPool`) so that its heap
 * is not the twin's and its JSON work runs beside the server's event loop, not in it. Raw `ws` clients
 * (`RealtimeTestClient`) open connections and start subscriptions; every data message's arrival is
 * stamped with `process.hrtime` (one monotonic clock for the whole process) before anything else runs.
 */
import { getHeapStatistics } from 'node:v8';
import { parentPort } from 'node:worker_threads';
import { RealtimeTestClient } from '../../test/support/RealtimeTestClient.js';
import { collectGarbage, garbageCollector } from './collectGarbage.js';
import type { SubscriberReply, SubscriberRequest, SubscriberValue } from './SubscriberRequest.js';

const port = parentPort;
if (!port) throw new Error('subscriberWorker runs in a worker thread (see SubscriberPool)');

const gc = garbageCollector();
const clients: RealtimeTestClient[] = [];
let receipts = new Map<string, number[]>();
const waiters = new Set<() => void>();
let nextSubscription = 0;

/** Stamps a message's arrival, then files it under its order id when it is a data message. */
function onMessage(data: Buffer): void {
  const at = Number(process.hrtime.bigint());
  const message = JSON.parse(data.toString('utf8')) as {
    type: string;
    payload?: { data?: { onOrderStatusChanged?: { orderId?: string } } };
  };
  const orderId = message.payload?.data?.onOrderStatusChanged?.orderId;
  if (message.type !== 'data' || orderId === undefined) return;
  const times = receipts.get(orderId) ?? [];
  times.push(at);
  receipts.set(orderId, times);
  for (const wake of waiters) wake();
}

async function open(request: Extract<SubscriberRequest, { op: 'open' }>): Promise<number> {
  const opened = await Promise.all(
    Array.from({ length: request.connections }, async () => {
      const client = await RealtimeTestClient.connect(request.url, { ...request.headers });
      clients.push(client);
      client.socket.prependListener('message', onMessage);
      const ack = await client.init();
      if (ack.type !== 'connection_ack') throw new Error(`Handshake refused: ${JSON.stringify(ack)}`);
    }),
  );
  return opened.length;
}

async function subscribe(request: Extract<SubscriberRequest, { op: 'subscribe' }>): Promise<number> {
  let started = 0;
  // One connection at a time, its starts all at once: thousands of starts in flight would outlast the
  // test client's 5 s wait for their acks.
  for (const client of clients) {
    const answers = await Promise.all(
      Array.from({ length: request.perConnection }, () =>
        client.start(`s${(nextSubscription += 1)}`, request.query, { ...request.headers }),
      ),
    );
    const refused = answers.find((message) => message.type !== 'start_ack');
    if (refused) throw new Error(`Subscription refused: ${JSON.stringify(refused)}`);
    // The test client logs every message for `all`; the benchmark reads its own stamps only.
    client.received.length = 0;
    started += answers.length;
  }
  return started;
}

async function awaitDelivered(orderId: string, count: number, timeoutMs: number): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  while ((receipts.get(orderId)?.length ?? 0) < count) {
    const remaining = deadline - Date.now();
    if (remaining <= 0) {
      throw new Error(`${receipts.get(orderId)?.length ?? 0} of ${count} deliveries of ${orderId}`);
    }
    await new Promise<void>((resolve) => {
      const wake = (): void => {
        clearTimeout(timer);
        waiters.delete(wake);
        resolve();
      };
      const timer = setTimeout(wake, remaining);
      waiters.add(wake);
    });
  }
  return receipts.get(orderId)?.length ?? 0;
}

async function handle(request: SubscriberRequest): Promise<SubscriberValue> {
  switch (request.op) {
    case 'open':
      return { opened: await open(request) };
    case 'subscribe':
      return { started: await subscribe(request) };
    case 'await':
      return { delivered: await awaitDelivered(request.orderId, request.count, request.timeoutMs) };
    case 'receipts': {
      const taken = Object.fromEntries(receipts);
      receipts = new Map();
      return { receipts: taken };
    }
    case 'heap':
      // The test clients' logs of received messages would count as subscriber memory: drop them.
      for (const client of clients) client.received.length = 0;
      await collectGarbage(gc);
      return { heapUsed: getHeapStatistics().used_heap_size, gc: gc !== undefined };
    case 'close': {
      const closing = clients.splice(0);
      await Promise.all(closing.map((client) => client.close()));
      return { closed: closing.length };
    }
  }
}

port.on('message', (request: SubscriberRequest) => {
  handle(request).then(
    (value) => port.postMessage({ seq: request.seq, ok: true, value } satisfies SubscriberReply),
    (error: Error) =>
      port.postMessage({ seq: request.seq, ok: false, error: error.message } satisfies SubscriberReply),
  );
});
