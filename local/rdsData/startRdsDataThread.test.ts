import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  BatchExecuteStatementCommand,
  ExecuteStatementCommand,
  RDSDataClient,
} from '@aws-sdk/client-rds-data';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCAL_CREDENTIALS } from '../localAws.js';
import { ROOT_DIR } from '../../infra/paths.js';
import { startRdsDataThread } from './startRdsDataThread.js';
import type { RdsDataOptions } from './startRdsData.js';

const options: RdsDataOptions = {
  port: 0,
  region: 'us-east-1',
  accountId: '000000000000',
  database: 'shopsync',
  clusterArn: 'arn:aws:rds:us-east-1:000000000000:cluster:shopsync',
  secretArn: 'arn:aws:secretsmanager:us-east-1:000000000000:secret:shopsync-db',
};
const target = { resourceArn: options.clusterArn, secretArn: options.secretArn };
const stateDir = mkdtempSync(join(tmpdir(), 'rds-data-thread-'));
afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

async function countProducts(endpoint: string): Promise<number | undefined> {
  const client = new RDSDataClient({ endpoint, region: 'us-east-1', credentials: LOCAL_CREDENTIALS });
  try {
    const result = await client.send(
      new ExecuteStatementCommand({ ...target, sql: 'SELECT COUNT(*) FROM products' }),
    );
    return result.records?.[0]?.[0]?.longValue;
  } finally {
    client.destroy();
  }
}

describe('startRdsDataThread', () => {
  it('serves the Data API from its own thread, with migrations applied, log lines passed on and state kept across a restart', async () => {
    const lines: string[] = [];
    const first = await startRdsDataThread({
      ...options,
      stateDir,
      migrationsDir: join(ROOT_DIR, 'migrations'),
      log: (line) => lines.push(line),
    });
    expect(first).toMatchObject({ name: 'rds-data', engine: 'sqlite' });
    expect(lines).toContainEqual(expect.stringMatching(/^rds-data: migrations: applied 1, 2, /));
    expect(await countProducts(first.endpoint)).toBe(0);
    const client = new RDSDataClient({
      endpoint: first.endpoint,
      region: 'us-east-1',
      credentials: LOCAL_CREDENTIALS,
    });
    await client.send(
      new ExecuteStatementCommand({
        ...target,
        sql:
          'INSERT INTO products (id, sku, name, description, category, price_cents, stock, low_stock_threshold, active, version, created_at, updated_at) ' +
          "VALUES ('p-1', 'SKU-1', 'One', 'The first', 'Tests', 100, 1, 0, 1, 1, '2026-12-07 00:00:00.000', '2026-12-07 00:00:00.000')",
      }),
    );
    client.destroy();
    await first.stop();
    await first.stop();

    // The port is free again, and the file holds what was written.
    const port = Number(new URL(first.endpoint).port);
    const again = await startRdsDataThread({ ...options, port, stateDir });
    expect(await countProducts(again.endpoint)).toBe(1);
    await again.stop();
  });

  it('answers the counters of the thread, and refuses to once stopped', async () => {
    const service = await startRdsDataThread(options);
    const client = new RDSDataClient({
      endpoint: service.endpoint,
      region: 'us-east-1',
      credentials: LOCAL_CREDENTIALS,
    });
    try {
      await client.send(new ExecuteStatementCommand({ ...target, sql: 'CREATE TABLE tags (label TEXT)' }));
      await client.send(
        new BatchExecuteStatementCommand({
          ...target,
          sql: 'INSERT INTO tags (label) VALUES (:label)',
          parameterSets: ['a', 'b', 'c'].map((label) => [{ name: 'label', value: { stringValue: label } }]),
        }),
      );
      await expect(
        client.send(new ExecuteStatementCommand({ ...target, sql: 'SELECT * FROM no_such_table' })),
      ).rejects.toThrow(/1146/);
      const [first, second] = await Promise.all([service.calls(), service.calls()]);
      expect(first).toEqual({
        executeStatement: 2,
        batchExecuteStatement: 1,
        beginTransaction: 0,
        commitTransaction: 0,
        rollbackTransaction: 0,
        statements: 5,
        failed: 1,
      });
      expect(second).toEqual(first);
    } finally {
      client.destroy();
      await service.stop();
    }
    await expect(service.calls()).rejects.toThrow('The Data API thread is stopped');
  });

  it("rejects as startRdsData does when its port is taken, with the cause's code", async () => {
    const holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    const { port } = holder.address() as { port: number };
    try {
      const error = await startRdsDataThread({ ...options, port }).then(
        () => undefined,
        (thrown: unknown) => thrown as Error,
      );
      expect(error?.message).toMatch(`Port ${port} for rds-data is already in use: `);
      expect(error?.cause).toMatchObject({ code: 'EADDRINUSE' });
    } finally {
      holder.close();
    }
  });

  it("rejects with startRdsData's message when MySQL cannot be reached", async () => {
    await expect(
      startRdsDataThread({ ...options, databaseUrl: 'mysql://root:hunter2@127.0.0.1:1' }),
    ).rejects.toThrow('Cannot use the MySQL database at mysql://root@127.0.0.1:1 (DATABASE_URL)');
  });
});
