/**
 * A burst of orders on the whole twin, timed. Run by hand:
 *
 *   npm run bench:orders [-- --shoppers 20 --orders 50 --stock 100 --in-flight 50 --target-seconds 60]
 *
 * On a fresh twin (SQLite, port 0, temporary state), `shoppers` signed-in shoppers each send `orders`
 * placeOrder calls of quantity 1 for one product with `stock` in stock, all at once with `in-flight`
 * calls at a time (a client's bounded pool, as in `test/ordersBurst.test.ts`), through GraphQL, the orders
 * function, the queue and the order worker. Prints: the outcome, the time until every order is final
 * (CONFIRMED or REJECTED), placeOrder p50/p99 latency under that load, orders settled per second, SQL
 * statements per placeOrder and per processed order (per path, and in total at the twin), and whether
 * the target was met: every call answered and every order final within `target-seconds` (60 s on the
 * 2-core CI machine), nothing oversold. Prints the machine and load average; asserts nothing; stops all
 * it starts. Figures move with the machine's load: run it twice.
 */
import { parseArgs } from 'node:util';
import { benchOrderBurst } from './orders/benchOrderBurst.js';
import { formatOrderBurst } from './orders/formatOrderBurst.js';
import { machineLine, loadAverage } from './machine.js';

// The lockfile pins AWS SDK versions that support Node 20; the SDK's notice about 2027 is known.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const { values } = parseArgs({
  options: {
    shoppers: { type: 'string', default: '20' },
    orders: { type: 'string', default: '50' },
    stock: { type: 'string', default: '100' },
    'in-flight': { type: 'string', default: '50' },
    'target-seconds': { type: 'string', default: '60' },
  },
});
const positive = (flag: keyof typeof values): number => {
  const value = Number(values[flag]);
  if (!Number.isInteger(value) || value < 1)
    throw new Error(`--${flag} must be a positive integer, not ${values[flag]}`);
  return value;
};

const plan = {
  shoppers: positive('shoppers'),
  ordersPerShopper: positive('orders'),
  stock: positive('stock'),
  inFlight: positive('in-flight'),
};
const targetSeconds = positive('target-seconds');
console.log(machineLine());
console.log(`load average at start: ${loadAverage()} (1, 5, 15 min)\n`);
// Waits up to four times the target before giving up on orders still PENDING.
const figures = await benchOrderBurst(plan, Math.max(4 * targetSeconds, 120) * 1000);
console.log(`${formatOrderBurst(figures, targetSeconds)}\n`);
console.log(`load average at end: ${loadAverage()} (1, 5, 15 min)`);
