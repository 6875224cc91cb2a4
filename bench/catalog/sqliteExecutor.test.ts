// The baseline's executor runs the catalog's own statements on the project's schema, in-process.
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../functions/catalog/dispatch.js';
import { insertProduct } from '../../functions/catalog/sql/insertProduct.js';
import { pageTokenKey } from '../../functions/catalog/pageTokenKey.js';
import { newId } from '../../functions/lib/newId.js';
import { intParam, nullableTextParam, textParam } from '../../functions/lib/sql/params.js';
import { readMigrations } from '../../functions/migrate/readMigrations.js';
import { ROOT_DIR } from '../../infra/paths.js';
import { demoCatalog } from '../../local/seed/demoCatalog.js';
import type { ProductConnection } from '../../schema/generated/types.js';
import { bindings, sqliteExecutor } from './sqliteExecutor.js';

describe('bindings', () => {
  it('binds Data API parameters by name', () => {
    expect(
      bindings([
        textParam('sku', 'CFT-001'),
        intParam('fetch', 21),
        nullableTextParam('image_url', null),
        { name: 'flag', value: { booleanValue: true } },
      ]),
    ).toEqual({ sku: 'CFT-001', fetch: 21, image_url: null, flag: 1 });
  });

  it('refuses a parameter without a name', () => {
    expect(() => bindings([{ value: { longValue: 1 } }])).toThrow(/needs a name/);
  });
});

describe('sqliteExecutor', () => {
  let db: Database.Database;
  beforeEach(() => {
    db = new Database(':memory:');
    for (const migration of readMigrations(path.join(ROOT_DIR, 'migrations'))) {
      for (const statement of migration.statements) db.exec(statement);
    }
  });
  afterEach(() => db.close());

  it('serves the catalog function its statements: products in, a page out', async () => {
    const executor = sqliteExecutor(db);
    const products = demoCatalog('http://localhost:4000').slice(0, 5);
    await executor.transaction(async (tx) => {
      for (const product of products) expect(await tx.execute(insertProduct(product))).toBe(1);
    });
    const result = await dispatch(
      { operation: 'products', arguments: { limit: 3 }, caller: null },
      {
        db: executor,
        currency: 'EUR',
        pageTokenKey: pageTokenKey('secret'),
        now: () => new Date(),
        newId: () => newId(Date.now(), randomBytes(10)),
      },
    );
    const page = result.data as ProductConnection;
    expect(page.items.map((product) => product.sku)).toEqual(
      [...products]
        .reverse()
        .slice(0, 3)
        .map((product) => product.sku),
    );
    expect(page.nextToken).toEqual(expect.any(String));
  });

  it('rolls a failed transaction back', async () => {
    const executor = sqliteExecutor(db);
    const [product] = demoCatalog('http://localhost:4000');
    await expect(
      executor.transaction(async (tx) => {
        await tx.execute(insertProduct(product!));
        throw new Error('stop');
      }),
    ).rejects.toThrow('stop');
    expect(await executor.query({ sql: 'SELECT COUNT(*) AS n FROM products', parameters: [] })).toEqual([
      { n: 0 },
    ]);
  });
});
