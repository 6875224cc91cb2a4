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

  it('calls the function with the list of payloads, in order, at most maxBatchSize at a time (resolver-reference-lambda-js: AppSync "merges all the request payload values into a list")', async () => {
    const dataSource = createLambdaDataSource((...args) => lambda.invoke(...args), 'batcher');
    const ids = ['a', 'b', 'c', 'd', 'e'];
    const results = await Promise.all(
      ids.map((id) => dataSource({ operation: 'BatchInvoke', payload: { id } }, 'CartItem.product', 2)),
    );
    const item = (id: string, event: string[]) => ({
      data: { id, batchSize: event.length, event: event.map((each) => ({ id: each })) },
      errorMessage: null,
      errorType: null,
    });
    expect(results).toEqual([
      item('a', ['a', 'b']),
      item('b', ['a', 'b']),
      item('c', ['c', 'd']),
      item('d', ['c', 'd']),
      item('e', ['e']),
    ]);
  });

  it('gives each field its item of the answer as ctx.result, unchanged: an error item is for the response handler, a null item is null (resolver-reference-lambda-js, "Lambda function batched response"; Lambda resolvers tutorial, "Returning individual errors")', async () => {
    const dataSource = createLambdaDataSource((...args) => lambda.invoke(...args), 'batcher');
    const results = await Promise.all(
      ['x', 'missing', 'none'].map((id) =>
        dataSource({ operation: 'BatchInvoke', payload: { id } }, 'CartItem.product', 10),
      ),
    );
    expect(results).toEqual([
      {
        data: expect.objectContaining({ id: 'x', batchSize: 3 }) as unknown,
        errorMessage: null,
        errorType: null,
      },
      { data: null, errorMessage: 'No item missing', errorType: 'NotFound' },
      null,
    ]);
  });

  it('batches at most five fields when the resolver sets no maxBatchSize (Lambda resolvers tutorial: "batches of up to five items")', async () => {
    const dataSource = createLambdaDataSource((...args) => lambda.invoke(...args), 'batcher');
    const results = await Promise.all(
      ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((id) =>
        dataSource({ operation: 'BatchInvoke', payload: { id } }, 'CartItem.product', undefined),
      ),
    );
    expect(results.map((result) => (result as { data: { batchSize: number } }).data.batchSize)).toEqual([
      5, 5, 5, 5, 5, 2, 2,
    ]);
  });

  it('sends a BatchInvoke of invocationType Event once, with the list, asynchronously, and answers null (resolver-reference-lambda-js, "Invocation type")', async () => {
    const calls: unknown[] = [];
    const dataSource = createLambdaDataSource((name, event, options) => {
      calls.push({ name, event, options });
      return lambda.invoke(name, event, options);
    }, 'batcher');
    const results = await Promise.all(
      ['p', 'q'].map((id) =>
        dataSource(
          { operation: 'BatchInvoke', invocationType: 'Event', payload: { id } },
          'CartItem.product',
          10,
        ),
      ),
    );
    expect(results).toEqual([null, null]);
    expect(calls).toEqual([
      { name: 'batcher', event: [{ id: 'p' }, { id: 'q' }], options: { invocationType: 'Event' } },
    ]);
  });

  it('fails every field of a batch whose answer does not match it in size ("the response list must match in size and order")', async () => {
    const dataSource = createLambdaDataSource((...args) => lambda.invoke(...args), 'batcher');
    const outcomes = await Promise.allSettled(
      ['x', 'short'].map((id) =>
        dataSource({ operation: 'BatchInvoke', payload: { id } }, 'CartItem.product', 10),
      ),
    );
    expect(outcomes).toEqual([
      {
        status: 'rejected',
        reason: expect.objectContaining({ type: 'Lambda:BatchSizeMismatch' }) as unknown,
      },
      {
        status: 'rejected',
        reason: expect.objectContaining({ type: 'Lambda:BatchSizeMismatch' }) as unknown,
      },
    ]);
  });
});
