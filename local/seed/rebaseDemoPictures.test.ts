import { ExecuteStatementCommand } from '@aws-sdk/client-rds-data';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SQL_ENGINES, skipEngine, startTestDatabase } from '../../test/support/sqlEngines.js';
import type { TestDatabase } from '../../test/support/sqlEngines.js';
import { demoCatalog } from './demoCatalog.js';
import { rebaseDemoPictures } from './rebaseDemoPictures.js';
import { seedCatalog } from './seedCatalog.js';

describe.each(SQL_ENGINES)('rebaseDemoPictures on %s', (engine) => {
  describe.skipIf(skipEngine(engine))('through the Data API twin', () => {
    let db: TestDatabase;
    const rows = async (sql: string) =>
      JSON.parse(
        (await db.client.send(new ExecuteStatementCommand({ ...db.target, sql, formatRecordsAs: 'JSON' })))
          .formattedRecords ?? '[]',
      ) as Record<string, unknown>[];

    beforeAll(async () => {
      db = await startTestDatabase(engine);
      const products = demoCatalog('http://127.0.0.1:4000');
      // One product with an admin's own picture, which never moves.
      const own = { ...products[1]!, imageUrl: 'https://images.example.com/mug.png' };
      await seedCatalog(db.client, db.target, {
        imageBaseUrl: 'http://127.0.0.1:4000',
        products: [products[0]!, own, ...products.slice(2)],
      });
    });
    afterAll(async () => db?.stop());

    it('points the twin-drawn pictures at the new address, leaving version, updatedAt and other pictures', async () => {
      const before = await rows('SELECT sku, image_url, version, updated_at FROM products ORDER BY sku');
      expect(await rebaseDemoPictures(db.client, db.target, 'http://127.0.0.1:4100')).toBe(209);
      const after = await rows('SELECT sku, image_url, version, updated_at FROM products ORDER BY sku');
      expect(after).toEqual(
        before.map((row) => ({
          ...row,
          image_url:
            row.image_url === 'https://images.example.com/mug.png'
              ? row.image_url
              : `http://127.0.0.1:4100/images/${String(row.sku)}.svg`,
        })),
      );
      // Started again at the same address: nothing to move.
      expect(await rebaseDemoPictures(db.client, db.target, 'http://127.0.0.1:4100')).toBe(0);
    });
  });
});
