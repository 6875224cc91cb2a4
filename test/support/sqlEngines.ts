import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { RDSDataClient } from '@aws-sdk/client-rds-data';
import { createConnection } from 'mysql2/promise';
import type { DataApiTarget } from '../../functions/migrate/DataApiTarget.js';
import { ROOT_DIR } from '../../infra/paths.js';
import { startRdsData } from '../../local/rdsData/index.js';
import type { RdsDataOptions, RdsDataService } from '../../local/rdsData/index.js';
import { LOCAL_CREDENTIALS } from '../../local/localAws.js';

/** The SQL engines every SQL test runs on: the twin's SQLite, and MariaDB as CI provides it. */
export const SQL_ENGINES = ['sqlite', 'mysql'] as const;
export type SqlEngineName = (typeof SQL_ENGINES)[number];

/** MariaDB on CI: 127.0.0.1:3306, user root, empty password. */
export const MARIADB_URL = 'mysql://root@127.0.0.1:3306';
const MARIADB = { host: '127.0.0.1', port: 3306, user: 'root', password: '' };

export const mariadbReachable = await createConnection({ ...MARIADB, connectTimeout: 2000 }).then(
  async (connection) => {
    await connection.end();
    return true;
  },
  () => false,
);

/** Whether a test on `engine` must be skipped: MariaDB is unreachable outside CI (in CI it must run). */
export function skipEngine(engine: SqlEngineName): boolean {
  return engine === 'mysql' && !process.env.CI && !mariadbReachable;
}

/** A database name no other test run uses. */
export function uniqueDatabaseName(prefix: string): string {
  return `${prefix}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
}

/** Creates an empty MariaDB database for a test; {@link dropMariadbDatabase} removes it. */
export async function createMariadbDatabase(database: string): Promise<void> {
  const admin = await createConnection(MARIADB);
  await admin.query(`CREATE DATABASE \`${database}\``);
  await admin.end();
}

/** Drops a MariaDB database made by a test. */
export async function dropMariadbDatabase(database: string): Promise<void> {
  const admin = await createConnection(MARIADB);
  await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
  await admin.end();
}

/**
 * Where the Data API twin keeps `engine`'s data: the MariaDB server at {@link MARIADB_URL}, or SQLite files
 * in `stateDir`.
 */
export function engineStorage(
  engine: SqlEngineName,
  stateDir: string,
): Pick<RdsDataOptions, 'databaseUrl' | 'stateDir'> {
  return engine === 'mysql' ? { databaseUrl: MARIADB_URL } : { stateDir };
}

/** A Data API twin with the project's migrations applied, and a client and target for it. */
export interface TestDatabase {
  readonly service: RdsDataService;
  readonly client: RDSDataClient;
  readonly target: Required<DataApiTarget>;
  stop(): Promise<void>;
}

const CLUSTER_ARN = 'arn:aws:rds:us-east-1:000000000000:cluster:shopsync-test';
const SECRET_ARN = 'arn:aws:secretsmanager:us-east-1:000000000000:secret:shopsync-test-AbCdEf';

/**
 * Starts the Data API twin on port 0 over `engine` (SQLite in a temporary folder, or a new MariaDB
 * database), applies `migrations/`, and returns an SDK client for it. `stop()` stops the twin and removes
 * the folder or drops the database.
 */
export async function startTestDatabase(engine: SqlEngineName): Promise<TestDatabase> {
  const database = uniqueDatabaseName('shopsync_test');
  const stateDir = mkdtempSync(path.join(tmpdir(), 'shopsync-sql-'));
  const service = await startRdsData({
    port: 0,
    region: 'us-east-1',
    accountId: '000000000000',
    database,
    clusterArn: CLUSTER_ARN,
    secretArn: SECRET_ARN,
    migrationsDir: path.join(ROOT_DIR, 'migrations'),
    ...engineStorage(engine, stateDir),
  });
  const client = new RDSDataClient({
    endpoint: service.endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
  });
  return {
    service,
    client,
    target: { resourceArn: CLUSTER_ARN, secretArn: SECRET_ARN, database },
    stop: async () => {
      client.destroy();
      await service.stop();
      rmSync(stateDir, { recursive: true, force: true });
      if (engine === 'mysql') await dropMariadbDatabase(database);
    },
  };
}
