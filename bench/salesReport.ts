/**
 * The daily sales report over a day of 100,000 orders. Run by hand:
 *
 *   npm run bench:report [-- --orders 100000 --runs 5]
 *
 * Seeds Wednesday 17 June 2026 of the shop's time zone (Europe/Berlin) with `orders` orders of 1 to 4
 * lines (about 2.5 lines each, 200 products, every status) straight into the database (multi-row INSERTs
 * through the Data API twin: no API, function or queue), and a thousand orders on each neighbouring day,
 * which the report must leave out. Then it runs `runDailySalesReport` for that day through the reports
 * function's `dispatch` (the Data API twin, a DynamoDB twin for the stored report, the SNS message kept
 * in memory) `runs` times, and prints the seeding time, each run's time, the SQL statements and
 * transactions it took, and the figures. On SQLite (the twin's default) and, when it listens on
 * 127.0.0.1:3306, on MariaDB. Nothing is asserted; figures move with the machine's load.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { RDSDataClient } from '@aws-sdk/client-rds-data';
import Database from 'better-sqlite3';
import { createConnection } from 'mysql2/promise';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { countStatements } from '../functions/lib/sql/countStatements.js';
import { dataApiExecutor } from '../functions/lib/sql/dataApiExecutor.js';
import { dispatch } from '../functions/reports/dispatch.js';
import { dynamoReportStore } from '../functions/reports/dynamoReportStore.js';
import type { ReportMessage } from '../functions/reports/reportMessage.js';
import { ROOT_DIR } from '../infra/paths.js';
import { shop } from '../infra/shop.js';
import { createTables } from '../local/dynamodb/createTables.js';
import { startDynamoDb } from '../local/dynamodb/startDynamoDb.js';
import { LOCAL_CREDENTIALS } from '../local/localAws.js';
import { startRdsData } from '../local/rdsData/index.js';
import type { SalesReport } from '../schema/generated/types.js';
import {
  dropMariadbDatabase,
  engineStorage,
  mariadbReachable,
  uniqueDatabaseName,
} from '../test/support/sqlEngines.js';
import type { SqlEngineName } from '../test/support/sqlEngines.js';
import { seedSalesDay } from './salesReport/seedSalesDay.js';
import type { RowWriter } from './salesReport/seedSalesDay.js';
import { machineLine } from './machine.js';

// The lockfile pins AWS SDK versions that support Node 20; the SDK's notice about 2027 is known.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const { values } = parseArgs({
  options: {
    orders: { type: 'string', default: '100000' },
    runs: { type: 'string', default: '5' },
  },
});
const positive = (flag: 'orders' | 'runs'): number => {
  const value = Number(values[flag]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${flag} must be a positive integer`);
  return value;
};
const ORDERS = positive('orders');
const RUNS = positive('runs');

const DAY = '2026-06-17';
// The day's bounds in Europe/Berlin (CEST, UTC+2), and its neighbours'.
const START = Date.parse('2026-06-16T22:00:00.000Z');
const END = Date.parse('2026-06-17T22:00:00.000Z');
const NEIGHBOUR_ORDERS = 1000;

const elapsed = (since: number): string => `${((performance.now() - since) / 1000).toFixed(2)} s`;

const CLUSTER_ARN = 'arn:aws:rds:us-east-1:000000000000:cluster:shopsync-bench';
const SECRET_ARN = 'arn:aws:secretsmanager:us-east-1:000000000000:secret:shopsync-bench-AbCdEf';

/** A writer straight into the database the Data API twin serves: its SQLite file, or the MariaDB database. */
async function rowWriter(
  engine: SqlEngineName,
  stateDir: string,
  database: string,
): Promise<{ readonly write: RowWriter; close(): Promise<void> }> {
  const insert = (table: string, columns: readonly string[], rows: number): string =>
    `INSERT INTO ${table} (${columns.join(', ')}) VALUES ` +
    Array.from({ length: rows }, () => `(${columns.map(() => '?').join(', ')})`).join(', ');
  if (engine === 'sqlite') {
    // A second connection to the twin's WAL-mode file; the twin's own connection sees the rows next read.
    const sqlite = new Database(path.join(stateDir, `${database}.sqlite`));
    sqlite.pragma('busy_timeout = 10000');
    return {
      write: (table, columns, rows) => {
        sqlite.prepare(insert(table, columns, rows.length)).run(...rows.flat());
        return Promise.resolve();
      },
      close: () => Promise.resolve(void sqlite.close()),
    };
  }
  const mariadb = await createConnection({
    host: '127.0.0.1',
    port: 3306,
    user: 'root',
    password: '',
    database,
  });
  return {
    write: async (table, columns, rows) => {
      await mariadb.query(insert(table, columns, rows.length), rows.flat());
    },
    close: () => mariadb.end(),
  };
}

async function bench(engine: SqlEngineName): Promise<void> {
  const stateDir = mkdtempSync(path.join(tmpdir(), 'shopsync-bench-'));
  const database = uniqueDatabaseName('shopsync_bench');
  const rdsData = await startRdsData({
    port: 0,
    region: 'us-east-1',
    accountId: '000000000000',
    database,
    clusterArn: CLUSTER_ARN,
    secretArn: SECRET_ARN,
    migrationsDir: path.join(ROOT_DIR, shop.database.migrationsDir),
    ...engineStorage(engine, stateDir),
  });
  const rds = new RDSDataClient({
    endpoint: rdsData.endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
  });
  const dynamo = await startDynamoDb({ port: 0, region: 'us-east-1', accountId: '000000000000' });
  const dynamodb = new DynamoDBClient({
    endpoint: dynamo.endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
  });
  try {
    await createTables(dynamodb, { salesReports: shop.tables.salesReports! });
    const writer = await rowWriter(engine, stateDir, database);
    const seeding = performance.now();
    const day = await seedSalesDay(writer.write, { count: ORDERS, start: START, end: END, prefix: 'D' });
    const before = await seedSalesDay(writer.write, {
      count: NEIGHBOUR_ORDERS,
      start: START - 86_400_000,
      end: START,
      prefix: 'B',
    });
    const after = await seedSalesDay(writer.write, {
      count: NEIGHBOUR_ORDERS,
      start: END,
      end: END + 86_400_000,
      prefix: 'A',
    });
    await writer.close();
    console.log(
      `${engine}: seeded ${day.orders.toLocaleString('en')} orders with ${day.lines.toLocaleString('en')} lines ` +
        `on ${DAY} and ${(before.orders + after.orders).toLocaleString('en')} on the days around it, ` +
        `${day.statements + before.statements + after.statements} INSERTs, in ${elapsed(seeding)}`,
    );

    const sql = dataApiExecutor(rds, { resourceArn: CLUSTER_ARN, secretArn: SECRET_ARN, database });
    const times: number[] = [];
    let report: SalesReport | undefined;
    let counted = { statements: 0, transactions: 0 };
    for (let run = 0; run < RUNS; run += 1) {
      const { executor, counts } = countStatements(sql);
      const published: ReportMessage[] = [];
      const started = performance.now();
      const result = await dispatch(
        {
          operation: 'runDailySalesReport',
          arguments: { date: DAY },
          caller: { kind: 'schedule', schedule: 'bench' },
        },
        {
          db: executor,
          currency: 'EUR',
          timeZone: 'Europe/Berlin',
          now: () => new Date('2026-06-18T00:15:00.000Z'),
          reports: dynamoReportStore(dynamodb, 'salesReports'),
          publish: (message) => Promise.resolve(void published.push(message)),
          log: () => undefined,
        },
      );
      times.push(performance.now() - started);
      report = result.data as SalesReport;
      counted = { ...counts };
    }
    const sorted = [...times].sort((a, b) => a - b);
    const ms = (value: number): string => `${Math.round(value)} ms`;
    console.log(
      `${engine}: runDailySalesReport(${DAY}) × ${RUNS}: first ${ms(times[0]!)}, min ${ms(sorted[0]!)}, ` +
        `median ${ms(sorted[Math.floor(sorted.length / 2)]!)}; ${counted.statements} SQL statements in ` +
        `${counted.transactions} transaction per run (plus 1 PutItem and 1 Publish)`,
    );
    if (report) {
      const counted = report.orders + report.cancelled + report.rejected;
      console.log(
        `${engine}: ${report.orders.toLocaleString('en')} orders, ${report.itemsSold.toLocaleString('en')} items, ` +
          `revenue ${report.revenue.cents} cents, average ${report.averageOrderValue.cents}, discounts ` +
          `${report.discounts.cents}, ${report.cancelled} cancelled, ${report.rejected} rejected; top product ` +
          `${report.topProducts[0]?.sku ?? '-'} (${report.topProducts[0]?.quantity ?? 0} units); ` +
          `${counted.toLocaleString('en')} of the day's ${ORDERS.toLocaleString('en')} orders counted\n`,
      );
    }
  } finally {
    dynamodb.destroy();
    await dynamo.stop();
    rds.destroy();
    await rdsData.stop();
    rmSync(stateDir, { recursive: true, force: true });
    if (engine === 'mysql') await dropMariadbDatabase(database);
  }
}

console.log(`${machineLine()}\n`);
await bench('sqlite');
if (mariadbReachable) await bench('mysql');
else console.log('mysql: skipped, no MariaDB on 127.0.0.1:3306');
