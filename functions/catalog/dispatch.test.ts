// What dispatch does without a database: the result convention and its refusals. The operations
// themselves run against the engines in catalog.test.ts.
import { describe, expect, it } from 'vitest';
import type { CatalogEvent } from './CatalogEvent.js';
import type { CatalogDeps } from './CatalogDeps.js';
import { dispatch } from './dispatch.js';
import type { SqlExecutor } from '../lib/sql/SqlExecutor.js';

const unreachable: SqlExecutor = {
  query: () => Promise.reject(new Error('database down')),
  execute: () => Promise.reject(new Error('database down')),
  transaction: () => Promise.reject(new Error('database down')),
};
const deps: CatalogDeps = {
  db: unreachable,
  currency: 'EUR',
  pageTokenKey: new Uint8Array(32),
  now: () => new Date('2026-11-26T08:00:00.000Z'),
  newId: () => '01KE6P4YM0DHC2TM6Y9F93QGZJ',
};

describe('dispatch', () => {
  it('answers an expected failure as { error } with type, message and info', async () => {
    await expect(
      dispatch({ operation: 'products', arguments: { limit: 500 }, caller: null }, deps),
    ).resolves.toEqual({
      error: {
        type: 'ValidationError',
        message: 'limit: must be an integer from 1 to 100',
        info: { field: 'limit' },
      },
    });
  });

  it('throws a fault of the database, failing the invocation', async () => {
    await expect(dispatch({ operation: 'categories', arguments: {}, caller: null }, deps)).rejects.toThrow(
      'database down',
    );
  });

  it('refuses an admin operation to a non-admin caller before touching the database', async () => {
    await expect(
      dispatch(
        { operation: 'deleteProduct', arguments: { id: 'P1' }, caller: { sub: 's', admin: false } },
        deps,
      ),
    ).resolves.toEqual({
      error: {
        type: 'Unauthorized',
        message: 'Not Authorized to access deleteProduct on type Mutation',
        info: null,
      },
    });
  });

  it('throws for an operation it does not serve', async () => {
    // A resolver cannot send it (it does not compile), but any caller of the Invoke API can.
    // @ts-expect-error: 'orders' is no catalog operation
    const event: CatalogEvent = { operation: 'orders', arguments: {}, caller: null };
    await expect(dispatch(event, deps)).rejects.toThrow('The catalog function does not serve "orders"');
  });
});
