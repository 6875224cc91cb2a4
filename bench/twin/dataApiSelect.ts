import {
  BatchExecuteStatementCommand,
  ExecuteStatementCommand,
  RDSDataClient,
} from '@aws-sdk/client-rds-data';
import Database from 'better-sqlite3';
import { createConnection } from 'mysql2/promise';
import type { Connection } from 'mysql2/promise';
import { startRdsData } from '../../local/rdsData/index.js';
import type { RdsDataService } from '../../local/rdsData/index.js';
import { clientConfig } from './clientConfig.js';
import type { Report } from './formatReport.js';
import type { Latency } from './latencyOf.js';
import type { Rounds } from './measure.js';
import { measurePair } from './measurePair.js';
import { timed } from './timed.js';

const MARIADB = { host: '127.0.0.1', port: 3306, user: 'root', password: '' };
const CLUSTER_ARN = 'arn:aws:rds:us-east-1:000000000000:cluster:bench';
const SECRET_ARN = 'arn:aws:secretsmanager:us-east-1:000000000000:secret:bench-AbCdEf';
const ROWS = 100;
const CREATE_TABLE =
  'CREATE TABLE products (id VARCHAR(36) PRIMARY KEY, name VARCHAR(100) NOT NULL, ' +
  'price_cents INTEGER NOT NULL, stock INTEGER NOT NULL)';
const INSERT =
  'INSERT INTO products (id, name, price_cents, stock) VALUES (:id, :name, :price_cents, :stock)';
const SELECT = 'SELECT id, name, price_cents, stock FROM products WHERE id = :id';

const productId = (round: number): string => `product-${round % ROWS}`;
const products = Array.from({ length: ROWS }, (_, i) => ({
  id: productId(i),
  name: `Product ${i}`,
  price_cents: 100 + i,
  stock: i,
}));

/**
 * A point select (`SELECT ... WHERE id = :id` on a table of 100 rows) through the Data API twin on SQLite,
 * with the RDS Data client, and the same statement prepared once on better-sqlite3 in this process.
 */
export async function benchDataApiSelectSqlite(rounds: Rounds): Promise<Report> {
  const direct = new Database(':memory:');
  try {
    direct.exec(CREATE_TABLE);
    const insert = direct.prepare(INSERT);
    for (const product of products) insert.run(product);
    const select = direct.prepare(SELECT);
    // Timed synchronously: at a few microseconds a call, even a promise's tick would show.
    const directSelect = (round: number): Promise<number> => {
      const start = performance.now();
      select.all({ id: productId(round) });
      return Promise.resolve(performance.now() - start);
    };
    const { twin, direct: directLatency } = await compare(rounds, { database: 'bench' }, true, directSelect);
    return {
      title: 'Data API point select, SQLite',
      rows: [
        { label: 'twin (Data API over SQLite)', latency: twin },
        { label: 'better-sqlite3 direct, no HTTP', latency: directLatency },
      ],
      ratio: true,
      notes: [
        'the direct figure is an in-process call with no HTTP hop, so the ratio is the whole Data API cost ' +
          '(SDK client, HTTP, JSON, the twin’s parsing and result conversion)',
      ],
    };
  } finally {
    direct.close();
  }
}

/**
 * The same point select through the Data API twin on MariaDB (127.0.0.1:3306, root) and directly with a
 * mysql2 connection sending it as the twin does (text protocol, `:name` placeholders). The database is
 * created for the run and dropped after it. Resolves to a note, not figures, when MariaDB is not reachable.
 */
export async function benchDataApiSelectMariaDb(rounds: Rounds): Promise<Report> {
  const title = 'Data API point select, MariaDB';
  const database = `shopsync_bench_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  let admin: Connection;
  try {
    admin = await createConnection({ ...MARIADB, connectTimeout: 2000 });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return {
      title,
      rows: [],
      ratio: false,
      notes: [`skipped: MariaDB not reachable at 127.0.0.1:3306 (${reason})`],
    };
  }
  let direct: Connection | undefined;
  try {
    await admin.query(`CREATE DATABASE \`${database}\``);
    direct = await createConnection({ ...MARIADB, database, namedPlaceholders: true });
    await direct.query(CREATE_TABLE);
    for (const product of products) await direct.query(INSERT, product);
    const connection = direct;
    const { twin, direct: directLatency } = await compare(
      rounds,
      { database, databaseUrl: `mysql://root@${MARIADB.host}:${MARIADB.port}` },
      false,
      (round) => timed(() => connection.query(SELECT, { id: productId(round) })),
    );
    return {
      title,
      rows: [
        { label: 'twin (Data API over MariaDB)', latency: twin },
        { label: 'mysql2 direct', latency: directLatency },
      ],
      ratio: true,
      notes: ['both reach MariaDB over TCP; the twin adds the Data API’s HTTP hop in front of that'],
    };
  } finally {
    await direct?.end();
    await admin.query(`DROP DATABASE IF EXISTS \`${database}\``);
    await admin.end();
  }
}

/**
 * Starts the Data API twin on `engine`, fills its table when `fill` is set (a MariaDB table is filled
 * directly), then measures the twin and `directSelect` (`measurePair`). Stops the twin.
 */
async function compare(
  rounds: Rounds,
  engine: { readonly database: string; readonly databaseUrl?: string },
  fill: boolean,
  directSelect: (round: number) => Promise<number>,
): Promise<{ readonly twin: Latency; readonly direct: Latency }> {
  const service: RdsDataService = await startRdsData({
    port: 0,
    region: 'us-east-1',
    accountId: '000000000000',
    clusterArn: CLUSTER_ARN,
    secretArn: SECRET_ARN,
    ...engine,
  });
  const client = new RDSDataClient(clientConfig(service.endpoint));
  const target = { resourceArn: CLUSTER_ARN, secretArn: SECRET_ARN, database: engine.database };
  try {
    if (fill) {
      await client.send(new ExecuteStatementCommand({ ...target, sql: CREATE_TABLE }));
      await client.send(
        new BatchExecuteStatementCommand({
          ...target,
          sql: INSERT,
          parameterSets: products.map((product) => [
            { name: 'id', value: { stringValue: product.id } },
            { name: 'name', value: { stringValue: product.name } },
            { name: 'price_cents', value: { longValue: product.price_cents } },
            { name: 'stock', value: { longValue: product.stock } },
          ]),
        }),
      );
    }
    const twinSelect = (round: number): Promise<number> =>
      timed(() =>
        client.send(
          new ExecuteStatementCommand({
            ...target,
            sql: SELECT,
            parameters: [{ name: 'id', value: { stringValue: productId(round) } }],
          }),
        ),
      );
    return await measurePair(rounds, twinSelect, directSelect);
  } finally {
    client.destroy();
    await service.stop();
  }
}
