import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ROOT_DIR } from '../../infra/paths.js';
import { shop } from '../../infra/shop.js';
import { LOCAL_ACCOUNT_ID } from '../../local/localAws.js';
import { firstLoadBytes } from '../../test/support/firstLoadBytes.js';
import { catalogReads } from './catalogReads.js';
import type { CatalogRead } from './catalogReads.js';
import { countPerRequest } from './countPerRequest.js';
import type { ReadCounts } from './countPerRequest.js';
import { fillCatalog } from './fillCatalog.js';
import type { BenchCatalog } from './fillCatalog.js';
import { firstDifference } from './firstDifference.js';
import { lambdaBundleSizes } from './lambdaBundleSizes.js';
import type { BundleSizes } from './lambdaBundleSizes.js';
import { clockTicksPerSecond, cpuPercent, readCpu, readDescendantsRss, readRss } from './procStat.js';
import { runLoad } from './runLoad.js';
import type { LoadFigures } from './runLoad.js';
import { startBaseline } from './startBaseline.js';
import type { BaselineProcess } from './startBaseline.js';
import { startTwinProcess } from './startTwinProcess.js';
import type { TwinProcess } from './startTwinProcess.js';

// Requests per read sent one at a time to count the Lambda invocations and SQL statements of a request.
const COUNTED_REQUESTS = 20;

/** What the benchmark is asked to do. */
export interface CatalogPlan {
  /** Active products in the catalog (the demo's 210 and the benchmark's). */
  readonly size: number;
  /** Ids `product(id)` cycles through. */
  readonly idCount: number;
  readonly search: string;
  readonly connections: number;
  /** The measured window of each read on each server, after `warmUpSeconds` not measured. */
  readonly seconds: number;
  readonly warmUpSeconds: number;
  /** Times the whole set of reads runs. */
  readonly runs: number;
  /** Run the twin as plain `npm start` does, building and serving the app (false: `--no-app`). */
  readonly app: boolean;
}

/** One server's measured window of one read. */
export interface ServerWindow {
  readonly load: LoadFigures;
  /** The server process's CPU over the window (all its threads), as % of one core. */
  readonly cpuPercent: number;
}

/** The twin's resident memory in bytes: its own process, and any processes it started that still run. */
export interface TwinMemory {
  readonly self: number;
  readonly children: number;
}

export interface ReadFigures {
  readonly label: string;
  readonly twin: ServerWindow;
  readonly baseline: ServerWindow;
}

export interface RunFigures {
  readonly reads: readonly ReadFigures[];
  /** Resident set sizes in bytes right after the run. */
  readonly twinRss: TwinMemory;
  readonly baselineRss: number;
}

export interface CatalogFigures {
  readonly plan: CatalogPlan;
  readonly catalog: BenchCatalog;
  readonly twinPid: number;
  readonly baselinePid: number;
  /** The twin's RSS once it printed its URLs (idle after start), and before the first load. */
  readonly twinRssStarted: TwinMemory;
  readonly twinRssBeforeLoad: TwinMemory;
  readonly baselineRssBeforeLoad: number;
  /** Per read, where the twin's answer and the baseline's first differ in value (undefined: nowhere). */
  readonly valueDifferences: readonly { readonly label: string; readonly difference: string | undefined }[];
  /** What a request of each read costs the twin (`countPerRequest`). */
  readonly counts: readonly ReadCounts[];
  readonly runs: readonly RunFigures[];
  readonly bundles: BundleSizes;
  readonly firstLoadBytes: number;
  /** Which build of the app `firstLoadBytes` measured. */
  readonly appBuild: string;
}

/**
 * Runs the catalog benchmark: the whole twin in its own process (`startTwinProcess`, as `npm start`),
 * its catalog filled to `size` through its Data API, and the bare baseline (`startBaseline`) on a copy of
 * the same database; checks that both answer each read alike (throws when a shape differs) and counts
 * what a request of each costs (Lambda invocations, SQL statements: `countPerRequest`, with the twin's own counters); then, `runs` times, each
 * read on the twin and then the baseline: a warm-up, then a measured window with the server's CPU read
 * around it, and each process's RSS after the run. Also measures the Lambda bundles and the app's first
 * load. Stops both processes and removes its temporary folder, also on failure.
 */
export async function benchCatalog(plan: CatalogPlan, log: (line: string) => void): Promise<CatalogFigures> {
  const tmp = await mkdtemp(path.join(tmpdir(), 'shopsync-bench-catalog-'));
  let twin: TwinProcess | undefined;
  let baseline: BaselineProcess | undefined;
  try {
    log(`starting the twin (${plan.app ? 'npm start: app built and served' : 'npm start -- --no-app'})...`);
    twin = await startTwinProcess({ stateDir: path.join(tmp, 'state'), app: plan.app });
    const twinRssStarted = twinMemory(twin.pid);
    const { config } = twin;
    const target = {
      resourceArn: `arn:aws:rds:${config.region}:${LOCAL_ACCOUNT_ID}:cluster:shopsync-local`,
      secretArn: `arn:aws:secretsmanager:${config.region}:${LOCAL_ACCOUNT_ID}:secret:shopsync-local-db`,
      database: shop.database.name,
    };
    log(`filling the catalog to ${plan.size} products...`);
    const catalog = await fillCatalog(config.services['rds-data'], target, {
      size: plan.size,
      imageBaseUrl: twin.url,
      idCount: plan.idCount,
      search: plan.search,
    });
    baseline = await startBaseline({
      twinStateDir: twin.stateDir,
      database: target.database,
      copyFile: path.join(tmp, 'baseline.sqlite'),
      currency: config.currency,
      secretArn: target.secretArn,
    });
    const reads = catalogReads(catalog.ids, plan.search);
    const headers = { 'x-api-key': config.apiKey };
    const valueDifferences = await compareAnswers(reads, config.graphqlUrl, baseline.graphqlUrl, headers);
    const counts = [];
    for (const read of reads) {
      counts.push(await countPerRequest(twin, read, headers, COUNTED_REQUESTS));
    }

    log('measuring the Lambda bundles and the app...');
    const bundles = await lambdaBundleSizes(shop, twin.stateDir, ROOT_DIR);
    const appDir = plan.app ? path.join(ROOT_DIR, 'app', 'dist') : path.join(tmp, 'app');
    if (!plan.app) {
      const { buildShopApp } = await import('../../test/support/e2eShop.js');
      await buildShopApp(appDir);
    }
    const firstLoad = firstLoadBytes(appDir);

    const twinRssBeforeLoad = twinMemory(twin.pid);
    const baselineRssBeforeLoad = readRss(baseline.pid);
    const ticksPerSecond = clockTicksPerSecond();
    const runs: RunFigures[] = [];
    for (let run = 1; run <= plan.runs; run++) {
      const figures: ReadFigures[] = [];
      for (const read of reads) {
        log(`run ${run} of ${plan.runs}: ${read.label}...`);
        const window = async (pid: number, url: string): Promise<ServerWindow> => {
          const load = { url, headers, bodies: read.bodies, connections: plan.connections };
          await runLoad({ ...load, seconds: plan.warmUpSeconds });
          const before = readCpu(pid);
          const figures = await runLoad({ ...load, seconds: plan.seconds });
          return { load: figures, cpuPercent: cpuPercent(before, readCpu(pid), ticksPerSecond) };
        };
        figures.push({
          label: read.label,
          twin: await window(twin.pid, config.graphqlUrl),
          baseline: await window(baseline.pid, baseline.graphqlUrl),
        });
      }
      runs.push({ reads: figures, twinRss: twinMemory(twin.pid), baselineRss: readRss(baseline.pid) });
    }
    return {
      plan,
      catalog,
      twinPid: twin.pid,
      baselinePid: baseline.pid,
      twinRssStarted,
      twinRssBeforeLoad,
      baselineRssBeforeLoad,
      valueDifferences,
      counts,
      runs,
      bundles,
      firstLoadBytes: firstLoad,
      appBuild: plan.app ? 'app/dist, as npm start built it' : 'built by the bench',
    };
  } finally {
    await Promise.all([twin?.stop(), baseline?.stop()]);
    await rm(tmp, { recursive: true, force: true });
  }
}

function twinMemory(pid: number): TwinMemory {
  return { self: readRss(pid), children: readDescendantsRss(pid) };
}

/**
 * Sends each read's first body to the twin and to the baseline: throws when the two answers differ in
 * shape (then the baseline is no baseline for that read), or when either carries GraphQL errors; answers
 * where they differ in value, if anywhere.
 */
async function compareAnswers(
  reads: readonly CatalogRead[],
  twinUrl: string,
  baselineUrl: string,
  headers: Readonly<Record<string, string>>,
): Promise<{ readonly label: string; readonly difference: string | undefined }[]> {
  const answer = async (url: string, body: string): Promise<unknown> => {
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body,
    });
    const json = (await response.json()) as { errors?: unknown };
    if (!response.ok || json.errors !== undefined) {
      throw new Error(`${url} answered ${response.status}: ${JSON.stringify(json).slice(0, 500)}`);
    }
    return json;
  };
  const differences = [];
  for (const read of reads) {
    const twinAnswer = await answer(twinUrl, read.bodies[0]!);
    const baselineAnswer = await answer(baselineUrl, read.bodies[0]!);
    const shape = firstDifference(twinAnswer, baselineAnswer, 'shape');
    if (shape !== undefined) {
      throw new Error(
        `The twin and the baseline answer ${read.label} in different shapes (twin against baseline): ${shape}`,
      );
    }
    differences.push({ label: read.label, difference: firstDifference(twinAnswer, baselineAnswer, 'value') });
  }
  return differences;
}
