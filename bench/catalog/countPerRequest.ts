import { randomBytes } from 'node:crypto';
import { RDSDataClient } from '@aws-sdk/client-rds-data';
import { dispatch } from '../../functions/catalog/dispatch.js';
import { pageTokenKey } from '../../functions/catalog/pageTokenKey.js';
import { newId } from '../../functions/lib/newId.js';
import { countStatements } from '../../functions/lib/sql/countStatements.js';
import { dataApiExecutor } from '../../functions/lib/sql/dataApiExecutor.js';
import type { DataApiTarget } from '../../functions/migrate/DataApiTarget.js';
import { clientConfig } from '../twin/clientConfig.js';
import type { CatalogRead } from './catalogReads.js';
import type { TwinProcess } from './startTwinProcess.js';

/** What `requests` of one read cost the twin. */
export interface ReadCounts {
  readonly label: string;
  readonly requests: number;
  /** Lambda invocations the twin counted for them, by function (`twinCountersPreload.ts`). */
  readonly invocations: Readonly<Record<string, number>>;
  /** SQL statements one catalog call of the read sends, on average over its events. */
  readonly statementsPerCatalogCall: number;
}

/**
 * Sends `requests` of `read` (its bodies in turn) to the twin one at a time, counting the Lambda
 * invocations inside it: one at a time, so that the count is exact (under load, the requests still in
 * flight when a window closes are served and counted, not answered).
 *
 * The SQL statements are counted where the catalog function sends them: its own `dispatch`, run here
 * on the same events against the twin's Data API through `countStatements` (the executor wrapper its
 * tests use). The Data API twin serves from a thread of its own, out of reach of a counter in the
 * twin's main thread; the function's code is what decides its statements.
 */
export async function countPerRequest(
  twin: TwinProcess,
  read: CatalogRead,
  headers: Readonly<Record<string, string>>,
  requests: number,
  database: { readonly target: Required<DataApiTarget>; readonly currency: string },
): Promise<ReadCounts> {
  const before = await twin.counters();
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
  const after = await twin.counters();
  const invocations: Record<string, number> = {};
  for (const [name, count] of Object.entries(after.invocations)) {
    const delta = count - (before.invocations[name] ?? 0);
    if (delta > 0) invocations[name] = delta;
  }

  const client = new RDSDataClient(clientConfig(twin.config.services['rds-data']));
  try {
    const { executor, counts } = countStatements(dataApiExecutor(client, database.target));
    const calls = Math.min(requests, read.events.length);
    for (const event of read.events.slice(0, calls)) {
      const result = await dispatch(event, {
        db: executor,
        currency: database.currency,
        pageTokenKey: pageTokenKey(database.target.secretArn),
        now: () => new Date(),
        newId: () => newId(Date.now(), randomBytes(10)),
      });
      if (result.error)
        throw new Error(`The catalog function refused ${read.label}: ${result.error.message}`);
    }
    return { label: read.label, requests, invocations, statementsPerCatalogCall: counts.statements / calls };
  } finally {
    client.destroy();
  }
}
