/**
 * The catalog's reads through the whole twin, against a bare baseline doing the same reads. Run by hand:
 *
 *   npm run bench [-- --seconds 10 --warm-up 3 --connections 10 --runs 2 --products 1000 --no-app]
 *
 * The twin runs as `npm start` runs it (`local/start.ts`, app built and served unless `--no-app`, port 0,
 * a temporary state folder, SQLite) in its own process. Its catalog is filled to `products` through its
 * Data API. The baseline is a plain node:http server in its own process: graphql-js `graphql()` over the
 * same schema, the catalog function's own code and SQL on better-sqlite3 in-process, on a copy of the
 * twin's database. One answer of each read is compared: a different shape stops the run.
 *
 * Reads, with the API key: `products(limit: 20)`, `product(id)` over 200 ids in turn, and
 * `products(filter: {search}, limit: 20)`. `runs` times, each read on the twin then on the baseline:
 * autocannon with `connections` keep-alive connections, `warm-up` seconds not measured, then `seconds`
 * measured. Prints per read and server: req/s, p50 and p99 latency in ms; on the twin's row, `twin/base`
 * (the baseline's req/s over the twin's: what a request costs the twin as a multiple of the baseline),
 * and Lambda invocations and SQL statements per request (20 requests sent one at a time, the twin's own
 * counters read at `GET /_twin/metrics` before and after). CPU is each server process's CPU time over
 * the measured window (`/proc/<pid>/stat`: all its threads, the Lambda workers' and the Data API's
 * included) as % of one core; RSS is `/proc/<pid>/status` VmRSS (the twin's own, and apart that of any
 * process it started and still runs), idle after start, before the load and after each run (growth
 * shows there). Then each Lambda bundle's size and the app's first-load JavaScript, gzipped.
 *
 * The load generator runs on the same machine: req/s is what both servers reach while sharing it with
 * autocannon. Figures move with the machine's load (printed at start and end): run it twice. Linux only
 * (/proc); asserts nothing; stops all it starts.
 */
import { platform } from 'node:os';
import { parseArgs } from 'node:util';
import { benchCatalog } from './catalog/benchCatalog.js';
import { formatCatalogBench } from './catalog/formatCatalogBench.js';
import { machineLine, loadAverage } from './machine.js';

// The lockfile pins AWS SDK versions that support Node 20; the SDK's notice about 2027 is known.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const { values } = parseArgs({
  options: {
    seconds: { type: 'string', default: '10' },
    'warm-up': { type: 'string', default: '3' },
    connections: { type: 'string', default: '10' },
    runs: { type: 'string', default: '2' },
    products: { type: 'string', default: '1000' },
    ids: { type: 'string', default: '200' },
    search: { type: 'string', default: 'coffee' },
    'no-app': { type: 'boolean', default: false },
  },
});
const whole = (
  flag: 'seconds' | 'warm-up' | 'connections' | 'runs' | 'products' | 'ids',
  least: number,
): number => {
  const value = Number(values[flag]);
  if (!Number.isInteger(value) || value < least) {
    throw new Error(`--${flag} must be a whole number of at least ${least}, not ${values[flag]}`);
  }
  return value;
};
if (platform() !== 'linux') throw new Error('The catalog benchmark reads /proc: it runs on Linux only');

const plan = {
  size: whole('products', 1),
  idCount: whole('ids', 1),
  search: values.search,
  connections: whole('connections', 1),
  seconds: whole('seconds', 1),
  warmUpSeconds: whole('warm-up', 0),
  runs: whole('runs', 1),
  app: !values['no-app'],
};
console.log(machineLine());
console.log(`load average at start: ${loadAverage()} (1, 5, 15 min)\n`);
const figures = await benchCatalog(plan, (line) => console.error(line));
console.log(`${formatCatalogBench(figures)}\n`);
console.log(`load average at end: ${loadAverage()} (1, 5, 15 min)`);
