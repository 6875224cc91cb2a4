import { ExecuteStatementCommand } from '@aws-sdk/client-rds-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQL_ENGINES, skipEngine, startTestDatabase } from '../../test/support/sqlEngines.js';
import type { TestDatabase } from '../../test/support/sqlEngines.js';
import { demoCatalog } from './demoCatalog.js';
import { seedCatalog } from './seedCatalog.js';

describe.each(SQL_ENGINES)('seedCatalog on %s', (engine) => {
  describe.skipIf(skipEngine(engine))('through the Data API twin', () => {
    let db: TestDatabase;
    const rows = async (sql: string) =>
      JSON.parse(
        (await db.client.send(new ExecuteStatementCommand({ ...db.target, sql, formatRecordsAs: 'JSON' })))
          .formattedRecords ?? '[]',
      ) as Record<string, unknown>[];

    beforeAll(async () => {
      db = await startTestDatabase(engine);
    });
    afterAll(async () => db?.stop());

    it('inserts the demo catalog into an empty table, then never again', async () => {
      expect(await seedCatalog(db.client, db.target, { imageBaseUrl: 'http://localhost:4000' })).toBe(210);
      expect(await rows('SELECT COUNT(*) AS n FROM products')).toEqual([{ n: 210 }]);
      const [first] = await rows(
        "SELECT id, sku, name, price_cents, image_url, active, version FROM products WHERE sku = 'CFT-001'",
      );
      const expected = demoCatalog('http://localhost:4000')[0]!;
      expect(first).toEqual({
        id: expected.id,
        sku: 'CFT-001',
        name: expected.name,
        price_cents: expected.priceCents,
        image_url: 'http://localhost:4000/images/CFT-001.svg',
        active: 1,
        version: 1,
      });

      expect(await seedCatalog(db.client, db.target, { imageBaseUrl: 'http://localhost:4000' })).toBe(0);
      expect(await rows('SELECT COUNT(*) AS n FROM products')).toEqual([{ n: 210 }]);
    });

    it('leaves the table empty when a batch fails, so the next start seeds again', async () => {
      await db.client.send(new ExecuteStatementCommand({ ...db.target, sql: 'DELETE FROM products' }));
      const products = demoCatalog('http://localhost:4000');
      // Two products with one SKU: the unique index fails the second batch.
      const broken = [...products.slice(0, 60), { ...products[60]!, sku: products[0]!.sku }];
      await expect(
        seedCatalog(db.client, db.target, { imageBaseUrl: '', products: broken }),
      ).rejects.toMatchObject({
        name: 'DatabaseErrorException',
      });
      expect(await rows('SELECT COUNT(*) AS n FROM products')).toEqual([{ n: 0 }]);
      expect(await seedCatalog(db.client, db.target, { imageBaseUrl: 'http://localhost:4000' })).toBe(210);
    });
  });
});
