import type { CatalogFigures, RunFigures, ServerWindow } from './benchCatalog.js';
import type { ReadCounts } from './countPerRequest.js';

const MiB = 1024 * 1024;
const mib = (bytes: number): string => `${(bytes / MiB).toFixed(0)} MiB`;
const READ = 30;
const SERVER = 10;

/**
 * The benchmark's figures as text: what ran, whether the answers agree, one table per run (req/s, p50
 * and p99 in ms, the baseline's req/s as a multiple of the twin's, the twin's Lambda invocations and SQL
 * statements per request, each process's CPU as % of one core and in ms per request, and the twin's CPU
 * per request as a multiple of the baseline's), the RSS after each run, the Lambda bundles and the app's
 * first load, and a note on anything amiss (errors, uncounted calls).
 */
export function formatCatalogBench(figures: CatalogFigures): string {
  const { plan, catalog } = figures;
  const demo = catalog.products - catalog.added;
  const lines = [
    `Catalog: ${catalog.products} active products (${demo} from the demo seed, ${catalog.added} added through ` +
      `the Data API twin, one transaction); product(id) cycles ${catalog.ids.length} ids; the search ` +
      `"${plan.search}" finds ${catalog.searchMatches}.`,
    `Twin: local/start.ts in its own process (pid ${figures.twinPid}), as ${plan.app ? '`npm start` (app built and served)' : '`npm start -- --no-app`'}, SQLite.`,
    `Baseline: node:http + graphql-js graphql() + the catalog function's dispatch on better-sqlite3, in its own ` +
      `process (pid ${figures.baselinePid}), on a copy of the twin's database.`,
    `Load: autocannon, ${plan.connections} connections, ${plan.seconds} s measured after ${plan.warmUpSeconds} s ` +
      'of warm-up, per read and server, API key; twin first, then baseline.',
    `Answers (twin against baseline, first request of each read): ${figures.valueDifferences
      .map(
        ({ label, difference }) =>
          `${label} ${difference === undefined ? 'alike' : `same shape, values differ at ${difference}`}`,
      )
      .join('; ')}.`,
    `Lambda/req and SQL/req: the Lambda invocations and the Data API's SQL statements the twin counted ` +
      `(GET /_twin/metrics before and after) over ${figures.counts[0]?.requests ?? 0} requests of each read ` +
      'sent one at a time.',
    "base/twin: the baseline's req/s over the twin's. CPU: all threads of the server's process, as % of " +
      "one core and in ms per request; cost: the twin's CPU per request over the baseline's.",
    ...countNotes(figures.counts).map((note) => `  note: ${note}`),
    '',
  ];
  const twinMemories = [
    figures.twinRssStarted,
    figures.twinRssBeforeLoad,
    ...figures.runs.map((run) => run.twinRss),
  ];
  figures.runs.forEach((run, index) =>
    lines.push(...formatRun(run, figures.counts, index + 1, figures.runs.length), ''),
  );
  lines.push(
    `Twin RSS: ${twinMemories.map(({ self }) => mib(self)).join(' -> ')} (idle after start, before the load, after ` +
      `each run); the processes it started: ${twinMemories.map(({ children }) => mib(children)).join(' -> ')}`,
    `Baseline RSS: ${[figures.baselineRssBeforeLoad, ...figures.runs.map((run) => run.baselineRss)]
      .map(mib)
      .join(' -> ')} (before the load, after each run)`,
    '',
    `Lambda bundles (index.mjs${figures.bundles.source === 'twin' ? ', as the twin runs them' : ', bundled with bundleFunction'}): ` +
      Object.entries(figures.bundles.bytes)
        .map(([name, bytes]) => `${name} ${(bytes / 1000).toFixed(1)} kB`)
        .join(', '),
    `App first load: ${(figures.firstLoadBytes / 1024).toFixed(1)} KiB of JavaScript, gzipped (the entry and ` +
      `module preloads of index.html; ${figures.appBuild})`,
  );
  return lines.join('\n');
}

function formatRun(run: RunFigures, counts: readonly ReadCounts[], number: number, runs: number): string[] {
  const header =
    `${'read'.padEnd(READ)}${'server'.padEnd(SERVER)}${'req/s'.padStart(8)}${'p50 ms'.padStart(9)}` +
    `${'p99 ms'.padStart(9)}${'base/twin'.padStart(11)}${'Lambda/req'.padStart(12)}${'SQL/req'.padStart(9)}` +
    `${'CPU'.padStart(7)}${'CPU ms/req'.padStart(12)}${'cost'.padStart(7)}`;
  const lines = [`Run ${number} of ${runs}`, header];
  const notes: string[] = [];
  run.reads.forEach((read, index) => {
    const { twin, baseline } = read;
    const counted = counts[index]!;
    const invoked = Object.values(counted.invocations).reduce((sum, count) => sum + count, 0);
    const perRequest = (count: number): string => (count / counted.requests).toFixed(2);
    const times = (over: number, under: number): string =>
      Number.isFinite(over / under) && under > 0 ? `${(over / under).toFixed(1)}x` : '-';
    const ratio = times(baseline.load.requestsPerSecond, twin.load.requestsPerSecond);
    const cost = times(cpuPerRequest(twin), cpuPerRequest(baseline));
    lines.push(
      row(read.label, 'twin', twin, { ratio, cost }, perRequest(invoked), perRequest(counted.statements)),
      row('', 'baseline', baseline, { ratio: '', cost: '' }, '', ''),
    );
    for (const [server, window] of [
      ['twin', twin],
      ['baseline', baseline],
    ] as const) {
      const { non2xx, errors, graphqlErrors } = window.load;
      if (non2xx + errors + graphqlErrors > 0) {
        notes.push(
          `${read.label} on the ${server}: ${non2xx} non-2xx, ${errors} connection errors, ${graphqlErrors} GraphQL errors`,
        );
      }
    }
  });
  lines.push(
    `RSS after run ${number}: twin ${mib(run.twinRss.self)} (and ${mib(run.twinRss.children)} in processes it ` +
      `started), baseline ${mib(run.baselineRss)}`,
    ...notes.map((note) => `  note: ${note}`),
  );
  return lines;
}

/** The server's CPU time per request in the window, in ms (all its threads). */
function cpuPerRequest(window: ServerWindow): number {
  return (window.cpuPercent * 10) / window.load.requestsPerSecond;
}

function row(
  label: string,
  server: string,
  window: ServerWindow,
  ratios: { readonly ratio: string; readonly cost: string },
  invocations: string,
  statements: string,
): string {
  const { load } = window;
  const cpuMs = load.requestsPerSecond > 0 ? cpuPerRequest(window).toFixed(2) : '-';
  return (
    `${label.padEnd(READ)}${server.padEnd(SERVER)}${load.requestsPerSecond.toFixed(1).padStart(8)}` +
    `${load.p50.toFixed(1).padStart(9)}${load.p99.toFixed(1).padStart(9)}${ratios.ratio.padStart(11)}` +
    `${invocations.padStart(12)}${statements.padStart(9)}${`${window.cpuPercent.toFixed(0)}%`.padStart(7)}` +
    `${cpuMs.padStart(12)}${ratios.cost.padStart(7)}`
  );
}

/**
 * What the per-request counts leave unsaid: other functions invoked (their SQL is then in SQL/req too),
 * or no invocation counted.
 */
function countNotes(counts: readonly ReadCounts[]): string[] {
  const notes: string[] = [];
  for (const counted of counts) {
    const functions = Object.keys(counted.invocations);
    if (functions.length === 0) {
      notes.push(
        `${counted.label}: the twin counted no Lambda invocation (does the read still reach a function?)`,
      );
    } else if (functions.some((name) => name !== 'catalog')) {
      const each = Object.entries(counted.invocations).map(([name, count]) => `${name} ${count}`);
      notes.push(
        `${counted.label}: Lambda invocations for ${counted.requests} requests: ${each.join(', ')} ` +
          '(SQL/req counts the SQL of all of them)',
      );
    }
  }
  return notes;
}
