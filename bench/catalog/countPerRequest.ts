import type { TwinMetrics } from '../../local/twin.js';
import type { CatalogRead } from './catalogReads.js';
import type { TwinProcess } from './startTwinProcess.js';

/** What `requests` of one read cost the twin, as its own counters (`/_twin/metrics`) count them. */
export interface ReadCounts {
  readonly label: string;
  readonly requests: number;
  /** Lambda invocations, by function (only those invoked). */
  readonly invocations: Readonly<Record<string, number>>;
  /** SQL statements the Data API twin ran (one per ExecuteStatement, one per set of a batch). */
  readonly statements: number;
}

/**
 * Sends `requests` of `read` (its bodies in turn) to the twin one at a time, and reads the twin's
 * counters (`TwinProcess.metrics`) before and after: one at a time, so that the counts are exact
 * (under load, the requests still in flight when a window closes are served and counted, not answered).
 * Whatever else the twin serves in that window is counted too, such as a schedule's function and its
 * SQL: the invocations by function show it.
 */
export async function countPerRequest(
  twin: TwinProcess,
  read: CatalogRead,
  headers: Readonly<Record<string, string>>,
  requests: number,
): Promise<ReadCounts> {
  const before = await twin.metrics();
  for (let index = 0; index < requests; index++) {
    const response = await fetch(twin.config.graphqlUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: read.bodies[index % read.bodies.length]!,
    });
    const text = await response.text();
    if (!response.ok || text.includes('"errors"')) {
      throw new Error(`The twin answered ${read.label} with ${response.status}: ${text.slice(0, 500)}`);
    }
  }
  const after = await twin.metrics();
  return {
    label: read.label,
    requests,
    invocations: invocationsBetween(before, after),
    statements: after.rdsData.statements - before.rdsData.statements,
  };
}

function invocationsBetween(before: TwinMetrics, after: TwinMetrics): Record<string, number> {
  const invocations: Record<string, number> = {};
  for (const [name, { invocations: count }] of Object.entries(after.lambda)) {
    const delta = count - (before.lambda[name]?.invocations ?? 0);
    if (delta > 0) invocations[name] = delta;
  }
  return invocations;
}
