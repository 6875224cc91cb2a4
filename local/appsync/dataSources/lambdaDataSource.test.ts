import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../../infra/paths.js';
import { startLambda } from '../../lambda/index.js';
import type { LambdaService } from '../../lambda/index.js';
import { createLambdaDataSource } from './lambdaDataSource.js';

const stateDir = mkdtempSync(path.join(tmpdir(), 'shopsync-lambda-ds-'));
let lambda: LambdaService;

beforeAll(async () => {
  lambda = await startLambda({
    port: 0,
    region: 'us-east-1',
    accountId: '000000000000',
    stateDir,
    rootDir: ROOT_DIR,
    functions: {
      batcher: {
        description: 'BatchInvoke fixture',
        entry: 'local/appsync/dataSources/fixtures/batcher.ts',
        memoryMb: 128,
        timeoutSeconds: 3,
      },
    },
    environment: () => ({}),
  });
});
afterAll(async () => {
  await lambda.stop();
  rmSync(stateDir, { recursive: true, force: true });
});

describe('the Lambda data source, against the Lambda twin', () => {
  it('invokes with the payload and answers the result', async () => {
    const dataSource = createLambdaDataSource((...args) => lambda.invoke(...args), 'batcher');
    expect(
      await dataSource({ operation: 'Invoke', payload: { id: 'p-1' } }, 'Query.product', undefined),
    ).toEqual({
      single: 'p-1',
    });
  });

  it('turns a function error into ctx.error of type Lambda:Unhandled with its message', async () => {
    const dataSource = createLambdaDataSource((...args) => lambda.invoke(...args), 'batcher');
    await expect(
      dataSource({ operation: 'Invoke', payload: { id: 'crash' } }, 'Query.product', undefined),
    ).rejects.toMatchObject({
      type: 'Lambda:Unhandled',
      message: 'crash requested',
    });
  });

  it('batches one field across a list into calls of at most maxBatchSize, in order', async () => {
    const dataSource = createLambdaDataSource((...args) => lambda.invoke(...args), 'batcher');
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const results = await Promise.all(
      ids.map((id) => dataSource({ operation: 'BatchInvoke', payload: { id } }, 'CartItem.product', 2)),
    );
    expect(results).toEqual([
      { id: 'a', batchSize: 2 },
      { id: 'b', batchSize: 2 },
      { id: 'c', batchSize: 2 },
      { id: 'd', batchSize: 2 },
      { id: 'e', batchSize: 1 },
    ]);
  });

  it('fails only the field whose batch item is an error', async () => {
    const dataSource = createLambdaDataSource((...args) => lambda.invoke(...args), 'batcher');
    const outcomes = await Promise.allSettled(
      ['x', 'missing', 'y'].map((id) =>
        dataSource({ operation: 'BatchInvoke', payload: { id } }, 'CartItem.product', 10),
      ),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect(outcomes[1]).toMatchObject({ reason: { type: 'NotFound', message: 'No item missing' } });
    expect(outcomes[0]).toMatchObject({ value: { id: 'x', batchSize: 3 } });
  });
});
