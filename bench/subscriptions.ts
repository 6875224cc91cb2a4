/**
 * What AppSync's real-time endpoint on the twin costs: delivery latency and memory. Run by hand:
 *
 *   npx tsx --expose-gc bench/subscriptions.ts [--publishes 50]
 *
 * (`node --expose-gc --import tsx bench/subscriptions.ts` works too; without the flag the benchmark
 * obtains `gc` at run time through `v8.setFlagsFromString`.)
 *
 * 1. Delivery: the whole twin (port 0, temporary state), an admin made in its Cognito, and 1, 100 and
 *    1,000 subscriptions to `onOrderStatusChanged` on 1, 10 and 10 raw `ws` connections (at most 100
 *    each, AppSync's quota), all the admin's, so every one matches every event. `publishes` status
 *    changes (after 5 unrecorded) are published one at a time as the backend does, an IAM-signed POST of
 *    `publishOrderStatus`; each is timed from the moment the POST is sent to each subscriber's `data`
 *    message (stamped on arrival with `process.hrtime`, one clock for all threads). p50/p99 over every
 *    (subscriber, publish) pair, of the last subscriber per publish, and of the mutation's HTTP response.
 * 2. Memory: 100 idle sockets, then 100 subscriptions on each; the growth of the main thread's heap (the
 *    twin: its maps, the server sockets), of the subscribers' worker heap and of the process RSS, divided
 *    by the number of sockets, then of subscriptions; median of 3 rounds.
 *
 * The subscribers run in a worker thread, so their heap is not the twin's and their parsing runs on the
 * other core; the twin and the subscribers still share the machine. Prints the machine and the load
 * average before and after; asserts nothing; stops all it starts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { ROOT_DIR } from '../infra/paths.js';
import { shop } from '../infra/shop.js';
import { startTwin } from '../local/twin.js';
import { adminToken } from './subscriptions/adminToken.js';
import { garbageCollector } from './subscriptions/collectGarbage.js';
import { formatDelivery } from './subscriptions/formatDelivery.js';
import { formatMemory } from './subscriptions/formatMemory.js';
import { measureDelivery } from './subscriptions/measureDelivery.js';
import type { DeliveryFigures } from './subscriptions/measureDelivery.js';
import { measureMemory } from './subscriptions/measureMemory.js';
import { SubscriberPool } from './subscriptions/SubscriberPool.js';
import { machineLine, loadAverage } from './machine.js';

// The lockfile pins AWS SDK versions that support Node 20; the SDK's notice about 2027 is known.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const SUBSCRIBER_COUNTS = [1, 100, 1000] as const;
const WARM_UP = 5;
const MEMORY_SOCKETS = 100;
const MEMORY_ROUNDS = 3;

const { values } = parseArgs({ options: { publishes: { type: 'string', short: 'n', default: '50' } } });
const publishes = Number(values.publishes);
if (!Number.isInteger(publishes) || publishes < 1) {
  throw new Error(`--publishes must be a positive integer, not ${values.publishes}`);
}

const exposed = typeof (globalThis as { gc?: unknown }).gc === 'function';
const gc = garbageCollector();
console.log(machineLine());
console.log(`GC: ${exposed ? '--expose-gc' : gc ? 'obtained at run time' : 'unavailable'}`);
console.log(`load average at start: ${loadAverage()} (1, 5, 15 min)\n`);

const stateRoot = mkdtempSync(path.join(tmpdir(), 'shopsync-bench-subscriptions-'));
const twin = await startTwin({
  description: shop,
  rootDir: ROOT_DIR,
  port: 0,
  stateDir: path.join(stateRoot, 'state'),
});
const pool = SubscriberPool.start();
try {
  const token = await adminToken(twin);
  const headers = { host: new URL(twin.config.graphqlUrl).host, Authorization: token };
  const delivery: DeliveryFigures[] = [];
  for (const subscribers of SUBSCRIBER_COUNTS) {
    delivery.push(await measureDelivery(twin, pool, headers, subscribers, publishes, WARM_UP));
  }
  console.log(`${formatDelivery(delivery)}\n`);
  console.log(
    `${formatMemory(await measureMemory(twin, pool, headers, gc, MEMORY_SOCKETS, MEMORY_ROUNDS))}\n`,
  );
} finally {
  await pool.stop();
  await twin.stop();
  rmSync(stateRoot, { recursive: true, force: true });
}
console.log(`load average at end: ${loadAverage()} (1, 5, 15 min)`);
