/**
 * What the AppSync twin costs over plain graphql-js, and what its resolver sandbox costs per handler
 * call. Run by hand:
 *
 *   npx tsx bench/appsync.ts [-n 2000]
 *
 * 1. `{ me { id email name } }` (Query.me, a DynamoDB GetItem resolver on `users`) through the whole twin
 *    (port 0, temporary state), for a user signed up through its Cognito, on three paths: graphql-js
 *    `graphql()` with a `me` resolver doing GetItem on the same DynamoDB twin (the baseline), the twin's
 *    engine in-process (`twin.appsync.execute`, no HTTP, no JWT), and POST /graphql with the id token.
 *    `n` requests per path one at a time (after a fifth as warm-up), then `n` with 16 in flight; paths
 *    alternate within each round. p50/p99 in ms, requests/s, and requests/s as a multiple of the baseline's.
 * 2. Query.me's `request` and `response` handlers, `5 n` calls each, in a `ResolverSandbox` and natively,
 *    and what vm's per-run `timeout` would cost by itself (the sandbox keeps its time limit with deadline
 *    checks in the code instead).
 *
 * Prints the machine and the load average before and after; asserts nothing; stops all it starts.
 */
import { parseArgs } from 'node:util';
import { benchGraphql, ME_QUERY } from './appsync/benchGraphql.js';
import { benchSandboxCost } from './appsync/benchSandboxCost.js';
import { formatGraphql } from './appsync/formatGraphql.js';
import { formatSandboxCost } from './appsync/formatSandboxCost.js';
import { measureVmTimeout } from './appsync/measureVmTimeout.js';
import { machineLine, loadAverage } from './machine.js';

// The lockfile pins AWS SDK versions that support Node 20; the SDK's notice about 2027 is known.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const CONCURRENCY = 16;

const { values } = parseArgs({
  options: { iterations: { type: 'string', short: 'n', default: '2000' } },
});
const iterations = Number(values.iterations);
if (!Number.isInteger(iterations) || iterations < 1) {
  throw new Error(`--iterations must be a positive integer, not ${values.iterations}`);
}

console.log(machineLine());
console.log(`load average at start: ${loadAverage()} (1, 5, 15 min)\n`);

const graphql = await benchGraphql(iterations, CONCURRENCY);
console.log(
  `${formatGraphql(`GraphQL ${ME_QUERY}: Query.me, GetItem on users (${iterations} requests per path and concurrency)`, graphql, CONCURRENCY)}\n`,
);
const costs = await benchSandboxCost(iterations * 5);
console.log(`${formatSandboxCost(costs, measureVmTimeout(iterations * 5))}\n`);
console.log(`load average at end: ${loadAverage()} (1, 5, 15 min)`);
