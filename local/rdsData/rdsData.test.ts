import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BatchExecuteStatementCommand,
  BeginTransactionCommand,
  CommitTransactionCommand,
  ExecuteStatementCommand,
  RDSDataClient,
  RollbackTransactionCommand,
} from '@aws-sdk/client-rds-data';
import type { ExecuteStatementCommandInput, SqlParameter } from '@aws-sdk/client-rds-data';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { applyMigrations, readMigrations } from '../../functions/migrate/index.js';
import {
  SQL_ENGINES,
  createMariadbDatabase,
  dropMariadbDatabase,
  engineStorage,
  skipEngine,
  uniqueDatabaseName,
} from '../../test/support/sqlEngines.js';
import type { SqlEngineName } from '../../test/support/sqlEngines.js';
import { startRdsData } from './index.js';
import type { RdsDataOptions, RdsDataService } from './index.js';
import { WriterLock } from './WriterLock.js';
import { LOCAL_CREDENTIALS } from '../localAws.js';

const CLUSTER_ARN = 'arn:aws:rds:us-east-1:000000000000:cluster:shopsync';
const SECRET_ARN = 'arn:aws:secretsmanager:us-east-1:000000000000:secret:shopsync-db-AbCdEf';
const target = { resourceArn: CLUSTER_ARN, secretArn: SECRET_ARN };

/** A table whose key the database generates: the one DDL the engines spell differently. */
const AUTO_INCREMENT_TABLE: Readonly<Record<SqlEngineName, string>> = {
  sqlite: 'CREATE TABLE tickets (id INTEGER PRIMARY KEY, label VARCHAR(20))',
  mysql: 'CREATE TABLE tickets (id INTEGER PRIMARY KEY AUTO_INCREMENT, label VARCHAR(20))',
};

const ENGINES = SQL_ENGINES.map((engine) => ({ engine, autoIncrementTable: AUTO_INCREMENT_TABLE[engine] }));

function clientFor(service: RdsDataService): RDSDataClient {
  return new RDSDataClient({
    endpoint: service.endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
  });
}

async function errorOf(
  promise: Promise<unknown>,
): Promise<Error & { $metadata?: { httpStatusCode?: number } }> {
  try {
    await promise;
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected the call to fail');
}

describe.each(ENGINES)('RDS Data API twin on $engine', ({ engine, autoIncrementTable }) => {
  describe.skipIf(skipEngine(engine))('contract', () => {
    const database = uniqueDatabaseName('shopsync_test');
    const stateDir = mkdtempSync(join(tmpdir(), 'rds-data-'));
    const started: RdsDataService[] = [];
    let twin: RdsDataService;
    let client: RDSDataClient;

    const start = async (extra: Partial<RdsDataOptions> = {}): Promise<RdsDataService> => {
      const service = await startRdsData({
        port: 0,
        region: 'us-east-1',
        accountId: '000000000000',
        database,
        clusterArn: CLUSTER_ARN,
        secretArn: SECRET_ARN,
        ...engineStorage(engine, stateDir),
        ...extra,
      });
      started.push(service);
      return service;
    };

    const execute = (
      sql: string,
      parameters: SqlParameter[] = [],
      extra: Partial<ExecuteStatementCommandInput> = {},
    ) => client.send(new ExecuteStatementCommand({ ...target, sql, parameters, ...extra }));

    const count = async (table: string): Promise<number | undefined> =>
      (await execute(`SELECT COUNT(*) AS n FROM ${table}`)).records?.[0]?.[0]?.longValue;

    beforeAll(async () => {
      if (engine === 'mysql') await createMariadbDatabase(database);
      twin = await start();
      client = clientFor(twin);
      await execute(
        'CREATE TABLE items (sku VARCHAR(20) PRIMARY KEY, qty BIGINT NOT NULL, ratio DOUBLE, ' +
          'price DECIMAL(10,2), active BOOLEAN, note TEXT, payload BLOB, created_at DATETIME(3), ' +
          'day DATE, at_time TIME, doc JSON, uid CHAR(36), missing VARCHAR(10))',
      );
      await execute(autoIncrementTable);
    });

    afterAll(async () => {
      client.destroy();
      for (const service of started) await service.stop();
      rmSync(stateDir, { recursive: true, force: true });
      if (engine === 'mysql') await dropMariadbDatabase(database);
    });

    it('reports its engine', () => {
      expect(twin.engine).toBe(engine);
    });

    it('round-trips typed parameters and type hints', async () => {
      const inserted = await execute(
        'INSERT INTO items (sku, qty, ratio, price, active, note, payload, created_at, day, at_time, doc, uid, missing) ' +
          'VALUES (:sku, :qty, :ratio, :price, :active, :note, :payload, :created_at, :day, :at_time, :doc, :uid, :missing)',
        [
          { name: 'sku', value: { stringValue: 'TYPED' } },
          { name: 'qty', value: { longValue: 9007199254740991 } },
          { name: 'ratio', value: { doubleValue: 0.25 } },
          { name: 'price', value: { stringValue: '19.99' }, typeHint: 'DECIMAL' },
          { name: 'active', value: { booleanValue: true } },
          { name: 'note', value: { stringValue: "it's ünïcode" } },
          { name: 'payload', value: { blobValue: new Uint8Array([0, 1, 2, 255]) } },
          { name: 'created_at', value: { stringValue: '2026-11-26 06:35:50.790' }, typeHint: 'TIMESTAMP' },
          { name: 'day', value: { stringValue: '2026-11-26' }, typeHint: 'DATE' },
          { name: 'at_time', value: { stringValue: '06:35:50' }, typeHint: 'TIME' },
          { name: 'doc', value: { stringValue: '{"size":"M"}' }, typeHint: 'JSON' },
          { name: 'uid', value: { stringValue: '0b7e5c1e-8f1d-4c4e-9a55-6d1f1c2b3a4d' }, typeHint: 'UUID' },
          { name: 'missing', value: { isNull: true } },
        ],
      );
      expect(inserted.numberOfRecordsUpdated).toBe(1);

      const { records } = await execute(
        'SELECT sku, qty, ratio, price, active, note, payload, created_at, day, at_time, doc, uid, missing ' +
          'FROM items WHERE sku = :sku',
        [{ name: 'sku', value: { stringValue: 'TYPED' } }],
      );
      expect(records).toEqual([
        [
          { stringValue: 'TYPED' },
          { longValue: 9007199254740991 },
          { doubleValue: 0.25 },
          { stringValue: '19.99' },
          { booleanValue: true },
          { stringValue: "it's ünïcode" },
          { blobValue: new Uint8Array([0, 1, 2, 255]) },
          { stringValue: '2026-11-26 06:35:50.790' },
          { stringValue: '2026-11-26' },
          { stringValue: '06:35:50' },
          { stringValue: '{"size":"M"}' },
          { stringValue: '0b7e5c1e-8f1d-4c4e-9a55-6d1f1c2b3a4d' },
          { isNull: true },
        ],
      ]);
    });

    it('answers longs and decimals as resultSetOptions ask', async () => {
      await execute("INSERT INTO items (sku, qty, price) VALUES ('OPTS', 9007199254740993, 2.50)");
      const sql = "SELECT qty, price FROM items WHERE sku = 'OPTS'";
      expect((await execute(sql)).records).toEqual([
        [{ longValue: 9007199254740992 }, { stringValue: '2.50' }],
      ]);
      const asked = await execute(sql, [], {
        resultSetOptions: { longReturnType: 'STRING', decimalReturnType: 'DOUBLE_OR_LONG' },
      });
      expect(asked.records).toEqual([[{ stringValue: '9007199254740993' }, { doubleValue: 2.5 }]]);
    });

    it('refuses a value that does not match its type hint, and a missing parameter', async () => {
      const badHint = await errorOf(
        execute('SELECT :at AS at', [
          { name: 'at', value: { stringValue: '26/11/2026' }, typeHint: 'TIMESTAMP' },
        ]),
      );
      expect(badHint).toMatchObject({ name: 'BadRequestException', $metadata: { httpStatusCode: 400 } });
      expect(badHint.message).toContain('expected YYYY-MM-DD HH:MM:SS[.FFF]');

      const missing = await errorOf(
        execute('SELECT :a AS a, :b AS b', [{ name: 'a', value: { longValue: 1 } }]),
      );
      expect(missing).toMatchObject({
        name: 'BadRequestException',
        message: 'No value specified for parameter :b',
      });
    });

    it('answers columnMetadata only when includeResultMetadata is set', async () => {
      const sql = "SELECT qty AS quantity, price, sku FROM items WHERE sku = 'TYPED'";
      expect((await execute(sql)).columnMetadata).toBeUndefined();
      const { columnMetadata } = await execute(sql, [], { includeResultMetadata: true });
      expect(columnMetadata).toMatchObject([
        { name: 'qty', label: 'quantity', typeName: 'BIGINT', type: -5, tableName: 'items', nullable: 0 },
        { name: 'price', label: 'price', typeName: 'DECIMAL', type: 3, precision: 10, scale: 2, nullable: 1 },
        { name: 'sku', label: 'sku', typeName: 'VARCHAR', type: 12, precision: 20 },
      ]);
    });

    it('formats records as one JSON string for formatRecordsAs JSON', async () => {
      const response = await execute(
        "SELECT sku, qty, price, active, missing FROM items WHERE sku = 'TYPED'",
        [],
        { formatRecordsAs: 'JSON', includeResultMetadata: true },
      );
      expect(response.records).toBeUndefined();
      expect(response.columnMetadata).toBeUndefined();
      expect(JSON.parse(response.formattedRecords ?? '')).toEqual([
        { sku: 'TYPED', qty: 9007199254740991, price: '19.99', active: true, missing: null },
      ]);
    });

    it('answers generatedFields for an auto-increment insert, and none for a key given in code', async () => {
      const first = await execute("INSERT INTO tickets (label) VALUES ('a')");
      const second = await execute("INSERT INTO tickets (label) VALUES ('b')");
      expect(first.generatedFields).toEqual([{ longValue: 1 }]);
      expect(second.generatedFields).toEqual([{ longValue: 2 }]);
      const keyed = await execute("INSERT INTO items (sku, qty) VALUES ('KEYED', 1)");
      expect(keyed.generatedFields).toEqual([]);
    });

    it('counts the records an UPDATE matched and a DELETE removed', async () => {
      await execute("INSERT INTO items (sku, qty) VALUES ('U1', 1), ('U2', 2), ('U3', 3)");
      const updated = await execute("UPDATE items SET qty = 10 WHERE sku IN ('U1', 'U2')");
      expect(updated.numberOfRecordsUpdated).toBe(2);
      const deleted = await execute("DELETE FROM items WHERE sku IN ('U1', 'U2', 'U3')");
      expect(deleted.numberOfRecordsUpdated).toBe(3);
      expect((await execute('SELECT sku FROM items')).numberOfRecordsUpdated).toBe(0);
    });

    it('runs BatchExecuteStatement once per parameter set', async () => {
      const { updateResults } = await client.send(
        new BatchExecuteStatementCommand({
          ...target,
          sql: 'INSERT INTO tickets (label) VALUES (:label)',
          parameterSets: ['x', 'y', 'z'].map((label) => [{ name: 'label', value: { stringValue: label } }]),
        }),
      );
      expect(updateResults?.map((result) => result.generatedFields?.[0]?.longValue)).toEqual([
        expect.any(Number),
        expect.any(Number),
        expect.any(Number),
      ]);
      const { records } = await execute(
        "SELECT label FROM tickets WHERE label IN ('x', 'y', 'z') ORDER BY id",
      );
      expect(records).toEqual([[{ stringValue: 'x' }], [{ stringValue: 'y' }], [{ stringValue: 'z' }]]);
    });

    it('counts its calls by operation, their SQL statements and the failed ones', async () => {
      const before = await twin.calls();
      await execute('SELECT COUNT(*) FROM tickets');
      await client.send(
        new BatchExecuteStatementCommand({
          ...target,
          sql: 'INSERT INTO tickets (label) VALUES (:label)',
          parameterSets: ['c1', 'c2', 'c3'].map((label) => [
            { name: 'label', value: { stringValue: label } },
          ]),
        }),
      );
      const { transactionId } = await client.send(new BeginTransactionCommand({ ...target }));
      await client.send(new RollbackTransactionCommand({ ...target, transactionId }));
      await errorOf(execute('SELECT * FROM no_such_table'));
      const after = await twin.calls();
      const delta = Object.fromEntries(
        Object.entries(after).map(([key, value]) => [key, value - before[key as keyof typeof before]]),
      );
      expect(delta).toEqual({
        executeStatement: 2,
        batchExecuteStatement: 1,
        beginTransaction: 1,
        commitTransaction: 0,
        rollbackTransaction: 1,
        statements: 5,
        failed: 1,
      });
    });

    it('commits a transaction', async () => {
      const { transactionId } = await client.send(new BeginTransactionCommand({ ...target }));
      await execute("INSERT INTO items (sku, qty) VALUES ('TX-C', 1)", [], { transactionId });
      const committed = await client.send(new CommitTransactionCommand({ ...target, transactionId }));
      expect(committed.transactionStatus).toBe('Transaction Committed');
      expect(await count("items WHERE sku = 'TX-C'")).toBe(1);

      const again = await errorOf(client.send(new CommitTransactionCommand({ ...target, transactionId })));
      expect(again).toMatchObject({
        name: 'TransactionNotFoundException',
        $metadata: { httpStatusCode: 404 },
      });
      expect(again.message).toContain('it was committed');
    });

    it('rolls back a transaction', async () => {
      const { transactionId } = await client.send(new BeginTransactionCommand({ ...target }));
      await execute("INSERT INTO items (sku, qty) VALUES ('TX-R', 1)", [], { transactionId });
      const inside = await execute("SELECT sku FROM items WHERE sku = 'TX-R'", [], { transactionId });
      expect(inside.records).toHaveLength(1);
      const rolledBack = await client.send(new RollbackTransactionCommand({ ...target, transactionId }));
      expect(rolledBack.transactionStatus).toBe('Rollback Complete');
      expect(await count("items WHERE sku = 'TX-R'")).toBe(0);
    });

    if (engine === 'mysql') {
      it('keeps a transaction invisible to other calls until it commits', async () => {
        const { transactionId } = await client.send(new BeginTransactionCommand({ ...target }));
        await execute("INSERT INTO items (sku, qty) VALUES ('TX-I', 1)", [], { transactionId });
        expect(await count("items WHERE sku = 'TX-I'")).toBe(0);
        await client.send(new CommitTransactionCommand({ ...target, transactionId }));
        expect(await count("items WHERE sku = 'TX-I'")).toBe(1);
      });

      it('selects the database named by `database`', async () => {
        const own = await execute('SELECT DATABASE() AS db');
        expect(own.records).toEqual([[{ stringValue: database }]]);
        const other = await execute('SELECT DATABASE() AS db', [], { database: 'mysql' });
        expect(other.records).toEqual([[{ stringValue: 'mysql' }]]);
      });
    } else {
      it('makes a statement outside the open transaction wait for its end (one writer)', async () => {
        const acquire = vi.spyOn(WriterLock.prototype, 'acquire');
        try {
          const { transactionId } = await client.send(new BeginTransactionCommand({ ...target }));
          await execute("INSERT INTO items (sku, qty) VALUES ('TX-W', 1)", [], { transactionId });
          const asked = acquire.mock.calls.length;
          let outsideDone = false;
          const outside = count("items WHERE sku = 'TX-W'").then((n) => {
            outsideDone = true;
            return n;
          });
          // The statement has reached the engine once it asks for the lock, which it does only when the
          // lock is not free: it queues behind the transaction...
          await expect.poll(() => acquire.mock.calls.length, { timeout: 10_000 }).toBe(asked + 1);
          // ...and still waits after a whole call inside the transaction.
          await execute('SELECT 1 AS one', [], { transactionId });
          expect(outsideDone).toBe(false);
          await client.send(new CommitTransactionCommand({ ...target, transactionId }));
          expect(await outside).toBe(1);
        } finally {
          acquire.mockRestore();
        }
      });

      it('fails a statement that waited longer than lockWaitTimeoutMs with MySQL error 1205', async () => {
        const impatient = await start({ lockWaitTimeoutMs: 200, stateDir: undefined });
        const impatientClient = clientFor(impatient);
        const { transactionId } = await impatientClient.send(new BeginTransactionCommand({ ...target }));
        const error = await errorOf(
          impatientClient.send(new ExecuteStatementCommand({ ...target, sql: 'SELECT 1 AS one' })),
        );
        expect(error).toMatchObject({ name: 'DatabaseErrorException' });
        expect(error.message).toMatch(/^Database error code: 1205\. Message: Lock wait timeout exceeded/);
        await impatientClient.send(new RollbackTransactionCommand({ ...target, transactionId }));
        impatientClient.destroy();
      });
    }

    it('answers TransactionNotFoundException for an unknown transaction id', async () => {
      const error = await errorOf(
        client.send(new CommitTransactionCommand({ ...target, transactionId: 'no-such-transaction' })),
      );
      expect(error).toMatchObject({
        name: 'TransactionNotFoundException',
        $metadata: { httpStatusCode: 404 },
      });
      expect(error.message).toMatch(/^Transaction no-such-transaction is not found/);
    });

    it('rolls back a transaction left idle past transactionIdleTimeoutMs', async () => {
      const lines: string[] = [];
      const hasty = await start({ transactionIdleTimeoutMs: 300, log: (line) => lines.push(line) });
      const hastyClient = clientFor(hasty);
      const { transactionId } = await hastyClient.send(new BeginTransactionCommand({ ...target }));
      await hastyClient.send(
        new ExecuteStatementCommand({
          ...target,
          transactionId,
          sql: "INSERT INTO items (sku, qty) VALUES ('TX-IDLE', 1)",
        }),
      );
      // The twin logs the rollback as its idle timer fires.
      await expect
        .poll(() => lines.some((line) => line.endsWith('without a call (idle timeout)')), { timeout: 10_000 })
        .toBe(true);
      const error = await errorOf(
        hastyClient.send(new ExecuteStatementCommand({ ...target, transactionId, sql: 'SELECT 1 AS one' })),
      );
      expect(error).toMatchObject({
        name: 'TransactionNotFoundException',
        $metadata: { httpStatusCode: 404 },
      });
      expect(error.message).toContain('idle timeout');
      const { records } = await hastyClient.send(
        new ExecuteStatementCommand({
          ...target,
          sql: "SELECT COUNT(*) AS n FROM items WHERE sku = 'TX-IDLE'",
        }),
      );
      expect(records).toEqual([[{ longValue: 0 }]]);
      hastyClient.destroy();
    });

    it('answers a duplicate key with DatabaseErrorException code 1062', async () => {
      await execute("INSERT INTO items (sku, qty) VALUES ('DUP', 1)");
      const error = await errorOf(execute("INSERT INTO items (sku, qty) VALUES ('DUP', 2)"));
      expect(error).toMatchObject({ name: 'DatabaseErrorException', $metadata: { httpStatusCode: 400 } });
      expect(error.message).toMatch(/^Database error code: 1062\. Message: Duplicate entry /);
    });

    it('answers the same MySQL codes for a missing table, a missing column and an unknown database', async () => {
      const codeOf = async (promise: Promise<unknown>): Promise<string | undefined> =>
        /^Database error code: (\d+)\./.exec((await errorOf(promise)).message)?.[1];
      expect(await codeOf(execute('SELECT * FROM no_such_table'))).toBe('1146');
      expect(await codeOf(execute('SELECT no_such_column FROM items'))).toBe('1054');
      expect(await codeOf(execute('SELECT 1 AS one', [], { database: 'no_such_database' }))).toBe('1049');
    });

    it('refuses a wrong secretArn or resourceArn with ForbiddenException', async () => {
      const wrongSecret = await errorOf(
        client.send(
          new ExecuteStatementCommand({ ...target, secretArn: `${SECRET_ARN}x`, sql: 'SELECT 1 AS one' }),
        ),
      );
      expect(wrongSecret).toMatchObject({ name: 'ForbiddenException', $metadata: { httpStatusCode: 403 } });
      const wrongCluster = await errorOf(
        client.send(new BeginTransactionCommand({ ...target, resourceArn: `${CLUSTER_ARN}x` })),
      );
      expect(wrongCluster).toMatchObject({ name: 'ForbiddenException', $metadata: { httpStatusCode: 403 } });
    });

    it('refuses a call without a required member with BadRequestException', async () => {
      const error = await errorOf(client.send(new ExecuteStatementCommand({ ...target, sql: undefined })));
      expect(error).toMatchObject({ name: 'BadRequestException', $metadata: { httpStatusCode: 400 } });
      expect(error.message).toContain("at 'sql'");
    });

    it('answers 404 for a path that is no Data API operation', async () => {
      const response = await fetch(`${twin.endpoint}/ExecuteSomething`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(response.status).toBe(404);
      expect(response.headers.get('x-amzn-errortype')).toBe('UnknownOperationException');
    });

    it('applies a migrations folder at start once, recording each in schema_migrations', async () => {
      const migrationsDir = mkdtempSync(join(tmpdir(), 'rds-data-migrations-'));
      writeFileSync(
        join(migrationsDir, '0001_create_widgets.sql'),
        '-- widgets\nCREATE TABLE widgets (id CHAR(26) PRIMARY KEY, name VARCHAR(100) NOT NULL);\n' +
          'CREATE INDEX widgets_name ON widgets (name);\n',
      );
      writeFileSync(
        join(migrationsDir, '0002_add_widget_color.sql'),
        'ALTER TABLE widgets ADD COLUMN color VARCHAR(20);\n',
      );
      const lines: string[] = [];
      const first = await start({ migrationsDir, log: (line) => lines.push(line) });
      const firstClient = clientFor(first);
      const { records } = await firstClient.send(
        new ExecuteStatementCommand({
          ...target,
          sql: 'SELECT version, name FROM schema_migrations ORDER BY version',
        }),
      );
      expect(records).toEqual([
        [{ longValue: 1 }, { stringValue: '0001_create_widgets.sql' }],
        [{ longValue: 2 }, { stringValue: '0002_add_widget_color.sql' }],
      ]);
      await firstClient.send(
        new ExecuteStatementCommand({
          ...target,
          sql: "INSERT INTO widgets (id, name, color) VALUES ('w1', 'Widget', 'red')",
        }),
      );
      expect(lines).toContain('rds-data: migrations: applied 1, 2');

      // The same runner again, and a restart of the twin on the same database: nothing left to apply.
      const again = await applyMigrations(
        firstClient,
        { ...target, database },
        readMigrations(migrationsDir),
      );
      expect(again).toEqual({ applied: [], skipped: [1, 2] });
      firstClient.destroy();
      await first.stop();
      lines.length = 0;
      const second = await start({ migrationsDir, log: (line) => lines.push(line) });
      expect(lines).toContain('rds-data: migrations: up to date (2 applied before)');
      const secondClient = clientFor(second);
      const { records: rows } = await secondClient.send(
        new ExecuteStatementCommand({ ...target, sql: 'SELECT COUNT(*) AS n FROM schema_migrations' }),
      );
      expect(rows).toEqual([[{ longValue: 2 }]]);
      secondClient.destroy();
      rmSync(migrationsDir, { recursive: true, force: true });
    });
  });
});

describe('RDS Data API twin on an unreachable DATABASE_URL', () => {
  const options = {
    port: 0,
    region: 'us-east-1',
    accountId: '000000000000',
    database: 'shopsync',
    clusterArn: CLUSTER_ARN,
    secretArn: SECRET_ARN,
  };

  it('fails at once when nothing listens, naming the URL without its password', async () => {
    const startedAt = Date.now();
    const error = await errorOf(
      startRdsData({ ...options, databaseUrl: 'mysql://root:hunter2@127.0.0.1:1' }),
    );
    expect(Date.now() - startedAt).toBeLessThan(2000);
    expect(error.message).toContain(
      'Cannot use the MySQL database at mysql://root@127.0.0.1:1 (DATABASE_URL)',
    );
    expect(error.message).not.toContain('hunter2');
  });

  it('gives up after the connect timeout when the server never answers', async () => {
    const sockets: Socket[] = [];
    const silent: Server = createServer((socket) => sockets.push(socket));
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const { port } = silent.address() as { port: number };
    const startedAt = Date.now();
    const error = await errorOf(
      startRdsData({ ...options, databaseUrl: `mysql://root:pw@127.0.0.1:${port}` }),
    );
    const elapsed = Date.now() - startedAt;
    for (const socket of sockets) socket.destroy();
    silent.close();
    expect(elapsed).toBeGreaterThanOrEqual(4500);
    expect(elapsed).toBeLessThan(7000);
    expect(error.message).toContain(`mysql://root@127.0.0.1:${port} (DATABASE_URL)`);
  });
});
