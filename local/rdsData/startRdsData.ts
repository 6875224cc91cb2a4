import { createServer } from 'node:http';
import { RDSDataClient } from '@aws-sdk/client-rds-data';
import { applyMigrations, readMigrations } from '../../functions/migrate/index.js';
import type { LocalService, ServiceOptions } from '../LocalService.js';
import { DataApiCallCounter } from './DataApiCallCounter.js';
import type { DataApiCalls } from './DataApiCalls.js';
import { guardRequest } from '../guardRequest.js';
import { close, listen } from '../listen.js';
import { openMysqlEngine } from './openMysqlEngine.js';
import { openSqliteEngine } from './openSqliteEngine.js';
import { RdsDataProvider } from './RdsDataProvider.js';
import { rdsDataListener } from './rdsDataListener.js';
import type { SqlEngine } from './SqlEngine.js';
import { TransactionStore } from './TransactionStore.js';
import { LOCAL_CREDENTIALS } from '../localAws.js';

/** How the Data API twin is started. */
export interface RdsDataOptions extends ServiceOptions {
  /** `mysql://user:password@host:port[/database]` (DATABASE_URL): MySQL/MariaDB instead of SQLite. */
  readonly databaseUrl?: string;
  /** The default database (`DB_NAME`); SQLite keeps it in `<stateDir>/<database>.sqlite`, or in memory. */
  readonly database: string;
  /** The `resourceArn` callers must name (`DB_CLUSTER_ARN`). */
  readonly clusterArn: string;
  /** The `secretArn` callers must name (`DB_SECRET_ARN`). */
  readonly secretArn: string;
  /** Folder of `NNNN_description.sql` migrations applied at start; none are applied when absent. */
  readonly migrationsDir?: string;
  /** A transaction without a call for this long is rolled back (AWS: 3 minutes, the default). */
  readonly transactionIdleTimeoutMs?: number;
  /** A transaction is rolled back this long after it began (AWS: 24 hours, the default). */
  readonly transactionMaxAgeMs?: number;
  /** SQLite: how long a call waits for the open transaction before MySQL error 1205 (default 50 s). */
  readonly lockWaitTimeoutMs?: number;
}

/** The running Data API twin, and the engine behind it. */
export interface RdsDataService extends LocalService {
  readonly engine: 'sqlite' | 'mysql';
  /**
   * The calls served since start, the migrations' included (`DataApiCalls`): the twin's own counters,
   * as CloudWatch keeps them for a cluster; compare two readings to count a stretch of work. Not a Data
   * API operation. Asynchronous, as the twin may serve from a thread of its own (`startRdsDataThread`),
   * which answers no more once stopped.
   */
  calls(): Promise<DataApiCalls>;
}

const DEFAULT_IDLE_TIMEOUT_MS = 3 * 60 * 1000;
const DEFAULT_MAX_AGE_MS = 24 * 60 * 60 * 1000;
// InnoDB's default innodb_lock_wait_timeout.
const DEFAULT_LOCK_WAIT_TIMEOUT_MS = 50_000;
const CONNECT_TIMEOUT_MS = 5_000;

/**
 * Starts the RDS Data API twin on 127.0.0.1:`port`: SQLite by default, MySQL/MariaDB when `databaseUrl`
 * is given. Then, if `migrationsDir` is set, applies its migrations with the project's own runner
 * (`applyMigrations` of `functions/migrate`) through an `RDSDataClient` pointed at the twin itself.
 *
 * Rejects, having freed whatever it opened, when the port is taken, when MySQL cannot be reached within
 * about 5 s or refuses the login (the message names the URL without its password), or when a migration
 * fails. `stop()` rolls back open transactions and closes the engine.
 *
 * @example
 * const rdsData = await startRdsData({ port: 0, region: 'us-east-1', accountId: '000000000000',
 *   database: 'shopsync', clusterArn, secretArn, stateDir: '.shopsync/rds-data', migrationsDir: 'migrations' });
 * // AWS_ENDPOINT_URL_RDS_DATA = rdsData.endpoint
 */
export async function startRdsData(options: RdsDataOptions): Promise<RdsDataService> {
  const log = options.log ?? (() => undefined);
  if (!/^[A-Za-z_][A-Za-z0-9_]{0,63}$/.test(options.database)) {
    throw new Error(`Database name '${options.database}' must be 1-64 letters, digits or underscores`);
  }
  const engine: SqlEngine =
    options.databaseUrl === undefined
      ? openSqliteEngine({
          database: options.database,
          ...(options.stateDir !== undefined && { stateDir: options.stateDir }),
          lockWaitTimeoutMs: options.lockWaitTimeoutMs ?? DEFAULT_LOCK_WAIT_TIMEOUT_MS,
        })
      : await openMysqlEngine({
          url: options.databaseUrl,
          database: options.database,
          connectTimeoutMs: CONNECT_TIMEOUT_MS,
        });
  const transactions = new TransactionStore(
    {
      idleTimeoutMs: options.transactionIdleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS,
      maxAgeMs: options.transactionMaxAgeMs ?? DEFAULT_MAX_AGE_MS,
    },
    log,
  );
  const provider = new RdsDataProvider(engine, transactions, options);
  const calls = new DataApiCallCounter();
  // restJson1: every operation is a POST with a JSON body.
  const server = createServer(
    guardRequest({ contentTypes: ['application/json'] }, rdsDataListener(provider, calls, log)),
  );

  let stopping: Promise<void> | undefined;
  const stop = (): Promise<void> => {
    stopping ??= (async () => {
      const closing = close(server);
      await transactions.rollbackAll();
      await engine.close();
      await closing;
    })();
    return stopping;
  };

  let endpoint: string;
  try {
    endpoint = await listen(server, options.port, 'rds-data');
  } catch (error) {
    await engine.close();
    throw error;
  }

  if (options.migrationsDir !== undefined) {
    const client = new RDSDataClient({
      endpoint,
      region: options.region,
      credentials: LOCAL_CREDENTIALS,
    });
    try {
      await applyMigrations(
        client,
        { resourceArn: options.clusterArn, secretArn: options.secretArn, database: options.database },
        readMigrations(options.migrationsDir),
        (line) => log(`rds-data: ${line}`),
      );
    } catch (error) {
      await stop();
      throw error;
    } finally {
      client.destroy();
    }
  }

  log(`rds-data: ${engine.kind} database '${options.database}' at ${endpoint}`);
  return {
    name: 'rds-data',
    endpoint,
    engine: engine.kind,
    calls: () => Promise.resolve(calls.read()),
    stop,
  };
}
