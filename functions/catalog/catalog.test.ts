// The catalog operations against the Data API twin with the project's migrations, on SQLite and on
// MariaDB, through the same executor the Lambda uses (no mock of the SDK or of the database).
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Category, Product, ProductConnection, ProductSort } from '../../schema/generated/types.js';
import { demoCatalog } from '../../local/seed/demoCatalog.js';
import { seedCatalog } from '../../local/seed/seedCatalog.js';
import { SQL_ENGINES, skipEngine, startTestDatabase } from '../../test/support/sqlEngines.js';
import type { TestDatabase } from '../../test/support/sqlEngines.js';
import type { CatalogCaller, CatalogEvent } from './CatalogEvent.js';
import type { CatalogDeps } from './CatalogDeps.js';
import type { CatalogFailure, CatalogResult } from './CatalogResult.js';
import { countStatements } from '../lib/sql/countStatements.js';
import { dataApiExecutor } from '../lib/sql/dataApiExecutor.js';
import { dispatch } from './dispatch.js';
import { newId } from '../lib/newId.js';
import { pageTokenKey } from './pageTokenKey.js';
import type { SqlExecutor } from '../lib/sql/SqlExecutor.js';

const ADMIN: CatalogCaller = { sub: 'admin-sub', admin: true };
const SHOPPER: CatalogCaller = { sub: 'shopper-sub', admin: false };
const SORTS: readonly ProductSort[] = ['NEWEST', 'PRICE_ASC', 'PRICE_DESC', 'NAME'];
const ORDER_BY: Readonly<Record<ProductSort, string>> = {
  NEWEST: 'created_at DESC, id DESC',
  PRICE_ASC: 'price_cents ASC, id ASC',
  PRICE_DESC: 'price_cents DESC, id DESC',
  NAME: 'name ASC, id ASC',
};

describe.each(SQL_ENGINES)('the catalog operations on %s', (engine) => {
  describe.skipIf(skipEngine(engine))('through the Data API twin', () => {
    let db: TestDatabase;
    let executor: SqlExecutor;
    const demo = demoCatalog('http://localhost:4000');

    /** Runs one call with a fresh statement counter. */
    async function call(
      event: CatalogEvent,
      override: Partial<CatalogDeps> = {},
    ): Promise<{ result: CatalogResult; statements: number; transactions: number }> {
      const counted = countStatements(override.db ?? executor);
      const result = await dispatch(event, {
        currency: 'EUR',
        pageTokenKey: pageTokenKey(db.target.secretArn),
        now: () => new Date(),
        newId: () => newId(Date.now(), randomBytes(10)),
        ...override,
        db: counted.executor,
      });
      return { result, ...counted.counts };
    }
    const data = async <T>(event: CatalogEvent): Promise<T> => {
      const { result } = await call(event);
      expect(result.error).toBeUndefined();
      return result.data as T;
    };
    const failure = async (event: CatalogEvent): Promise<CatalogFailure> => {
      const { result } = await call(event);
      expect(result.data).toBeUndefined();
      return result.error!;
    };
    const page = (args: Extract<CatalogEvent, { operation: 'products' }>['arguments']) =>
      data<ProductConnection>({ operation: 'products', arguments: args, caller: null });
    const ids = async (sql: string): Promise<string[]> =>
      (await executor.query({ sql, parameters: [] })).map((row) => row.id as string);
    const create = (sku: string, extra: Record<string, unknown> = {}) =>
      data<Product>({
        operation: 'createProduct',
        arguments: {
          input: { sku, name: `Test ${sku}`, category: 'Test Goods', priceCents: 1000, ...extra },
        },
        caller: ADMIN,
      });

    /** Every page of a query, following nextToken; asserts one statement per page. */
    async function allPages(
      args: Extract<CatalogEvent, { operation: 'products' }>['arguments'],
    ): Promise<{ items: Product[]; pages: number }> {
      const items: Product[] = [];
      let nextToken: string | null = null;
      let pages = 0;
      do {
        const { result, statements } = await call({
          operation: 'products',
          arguments: { ...args, nextToken },
          caller: null,
        });
        expect(statements).toBe(1);
        const connection = result.data as ProductConnection;
        items.push(...connection.items);
        nextToken = connection.nextToken;
        pages += 1;
      } while (nextToken !== null && pages < 100);
      return { items, pages };
    }

    beforeAll(async () => {
      db = await startTestDatabase(engine);
      executor = dataApiExecutor(db.client, db.target);
      expect(await seedCatalog(db.client, db.target, { imageBaseUrl: 'http://localhost:4000' })).toBe(210);
    });
    afterAll(async () => db?.stop());

    describe('product', () => {
      it('answers the product with its price in the shop currency, in one statement', async () => {
        const first = demo[0]!;
        const { result, statements } = await call({
          operation: 'product',
          arguments: { id: first.id },
          caller: null,
        });
        expect(statements).toBe(1);
        expect(result.data).toEqual({
          id: first.id,
          sku: 'CFT-001',
          name: 'Ethiopian Yirgacheffe Coffee Beans',
          description: first.description,
          category: 'Coffee & Tea',
          price: { cents: first.priceCents, currency: 'EUR' },
          imageUrl: 'http://localhost:4000/images/CFT-001.svg',
          inStock: first.stock > 0,
          createdAt: first.createdAt,
          updatedAt: first.createdAt,
          stock: first.stock,
          lowStockThreshold: first.lowStockThreshold,
          active: true,
          version: 1,
        });
      });

      it('answers null for an unknown id, and for an archived product unless the caller is an admin', async () => {
        expect(
          await data({ operation: 'product', arguments: { id: 'NO-SUCH-ID' }, caller: null }),
        ).toBeNull();
        const archived = await create('ARCHIVED-1', { active: false });
        expect(await data({ operation: 'product', arguments: { id: archived.id }, caller: null })).toBeNull();
        expect(
          await data({ operation: 'product', arguments: { id: archived.id }, caller: SHOPPER }),
        ).toBeNull();
        expect(
          await data({ operation: 'product', arguments: { id: archived.id }, caller: ADMIN }),
        ).toMatchObject({
          id: archived.id,
          active: false,
        });
      });
    });

    describe('products', () => {
      it('lists archived products instead of active ones for admins only', async () => {
        const archived = await create('ARCHIVED-LIST-1', { active: false });
        const page = await data<{ items: { id: string; active: boolean }[] }>({
          operation: 'products',
          arguments: { filter: { archived: true }, limit: 100 },
          caller: ADMIN,
        });
        expect(page.items.map((item) => item.id)).toContain(archived.id);
        expect(page.items.every((item) => !item.active)).toBe(true);
        const active = await data<{ items: { id: string }[] }>({
          operation: 'products',
          arguments: { limit: 100 },
          caller: ADMIN,
        });
        expect(active.items.map((item) => item.id)).not.toContain(archived.id);
        for (const caller of [null, SHOPPER]) {
          const refused = await failure({
            operation: 'products',
            arguments: { filter: { archived: true } },
            caller,
          });
          expect(refused.type).toBe('Unauthorized');
        }
      });

      it('answers 20 newest active products by default, in one statement, with a token', async () => {
        const { result, statements } = await call({ operation: 'products', arguments: {}, caller: null });
        expect(statements).toBe(1);
        const connection = result.data as ProductConnection;
        expect(connection.items).toHaveLength(20);
        expect(connection.nextToken).toEqual(expect.any(String));
        const times = connection.items.map((item) => item.createdAt);
        expect(times).toEqual([...times].sort().reverse());
        expect(connection.items.every((item) => item.active)).toBe(true);
      });

      it.each(SORTS)(
        'pages through every active product sorted %s, as the engine orders them',
        async (sort) => {
          const expected = await ids(`SELECT id FROM products WHERE active = 1 ORDER BY ${ORDER_BY[sort]}`);
          const { items, pages } = await allPages({ sort, limit: 37 });
          expect(items.map((item) => item.id)).toEqual(expected);
          expect(pages).toBe(Math.ceil(expected.length / 37));
          const prices = items.map((item) => item.price.cents);
          if (sort === 'PRICE_ASC') expect(prices).toEqual([...prices].sort((a, b) => a - b));
          if (sort === 'PRICE_DESC') expect(prices).toEqual([...prices].sort((a, b) => b - a));
        },
      );

      it('costs one statement for a page of 20 and for a page of 100', async () => {
        for (const limit of [20, 100]) {
          const { result, statements, transactions } = await call({
            operation: 'products',
            arguments: { limit },
            caller: null,
          });
          expect((result.data as ProductConnection).items).toHaveLength(limit);
          expect({ statements, transactions }).toEqual({ statements: 1, transactions: 0 });
        }
      });

      it('ends with a null nextToken on the last page, also when it is exactly full', async () => {
        const total = (await ids('SELECT id FROM products WHERE active = 1')).length;
        const whole = await page({ limit: 100, sort: 'NAME' });
        expect(whole.nextToken).not.toBeNull();
        const exact = await page({ filter: { category: 'Audio' }, limit: 21 });
        expect(exact.items).toHaveLength(21);
        expect(exact.nextToken).toBeNull();
        expect(total).toBeGreaterThan(200);
      });

      it('searches name, description and SKU case-insensitively, with wildcards taken literally', async () => {
        const lower = await allPages({ filter: { search: 'coffee' } });
        const upper = await allPages({ filter: { search: 'COFFEE' } });
        expect(lower.items.map((item) => item.id)).toEqual(upper.items.map((item) => item.id));
        const names = lower.items.map((item) => item.name);
        expect(names).toEqual(
          expect.arrayContaining(['Colombian Huila Coffee Beans', 'Manual Burr Coffee Grinder']),
        );
        // "Chosen and tested by our coffee and tea buyers": found through the description.
        expect(names).toContain('Sencha Green Tea');
        expect(lower.items.every((item) => /coffee/i.test(item.name + item.description + item.sku))).toBe(
          true,
        );

        const bySku = await allPages({ filter: { search: 'aud-01' } });
        expect(bySku.items.map((item) => item.sku).sort()).toEqual(
          Array.from({ length: 10 }, (_, i) => `AUD-01${i}`),
        );

        const cotton = await create('PCT-100', { name: '100% Cotton Tote' });
        const percent = await page({ filter: { search: '100%' } });
        expect(percent.items.map((item) => item.id)).toEqual([cotton.id]);
        expect((await page({ filter: { search: '_' } })).items).toEqual([]);
      });

      it('filters by category, price range and stock, all together, across pages', async () => {
        const filter = { category: 'Kitchen', minPriceCents: 2000, maxPriceCents: 6000, inStockOnly: true };
        const expected = demo.filter(
          (p) => p.category === 'Kitchen' && p.priceCents >= 2000 && p.priceCents <= 6000 && p.stock > 0,
        );
        const { items } = await allPages({ filter, sort: 'PRICE_ASC', limit: 3 });
        expect(items.map((item) => item.sku).sort()).toEqual(expected.map((p) => p.sku).sort());
        expect(items.length).toBeGreaterThan(3);
        expect(items.every((item) => item.inStock)).toBe(true);

        const cheap = await allPages({ filter: { maxPriceCents: 999 } });
        expect(cheap.items.every((item) => item.price.cents <= 999)).toBe(true);
        expect(cheap.items.length).toBe(demo.filter((p) => p.priceCents <= 999).length);
        const inStock = await allPages({ filter: { inStockOnly: true }, limit: 100 });
        expect(inStock.items.length).toBe(
          (await ids('SELECT id FROM products WHERE active = 1 AND stock > 0')).length,
        );
      });

      it('answers ValidationError for a bad limit or filter', async () => {
        for (const [args, field] of [
          [{ limit: 0 }, 'limit'],
          [{ limit: 101 }, 'limit'],
          [{ filter: { search: '   ' } }, 'filter.search'],
          [{ filter: { search: 'x'.repeat(101) } }, 'filter.search'],
          [{ filter: { category: '' } }, 'filter.category'],
          [{ filter: { minPriceCents: -1 } }, 'filter.minPriceCents'],
          [{ filter: { minPriceCents: 500, maxPriceCents: 499 } }, 'filter.maxPriceCents'],
        ] as const) {
          const error = await failure({ operation: 'products', arguments: args, caller: null });
          expect(error, JSON.stringify(args)).toMatchObject({ type: 'ValidationError', info: { field } });
        }
      });

      it('refuses a forged, edited or foreign nextToken with ValidationError, before any statement', async () => {
        const first = await page({ sort: 'PRICE_ASC', limit: 5 });
        const token = first.nextToken!;
        const [body, signature] = token.split('.') as [string, string];
        const edited = Buffer.from(JSON.stringify([0, 'A'])).toString('base64url');
        const otherKey = await dispatch(
          { operation: 'products', arguments: { sort: 'PRICE_ASC', limit: 5 }, caller: null },
          {
            db: executor,
            currency: 'EUR',
            pageTokenKey: pageTokenKey('arn:aws:secretsmanager:eu-west-1:111111111111:secret:other-XyZ'),
            now: () => new Date(),
            newId: () => 'unused',
          },
        );
        const foreign = (otherKey.data as ProductConnection).nextToken!;
        const bad: readonly [string, ProductSort][] = [
          ['not-a-token', 'PRICE_ASC'],
          [`${edited}.${signature}`, 'PRICE_ASC'],
          [`${body}.${signature.slice(0, -2)}`, 'PRICE_ASC'],
          [`${body}.${signature}.x`, 'PRICE_ASC'],
          [token, 'PRICE_DESC'],
          [foreign, 'PRICE_ASC'],
        ];
        for (const [nextToken, sort] of bad) {
          const { result, statements } = await call({
            operation: 'products',
            arguments: { sort, limit: 5, nextToken },
            caller: null,
          });
          expect(result.error, nextToken).toEqual({
            type: 'ValidationError',
            message: 'nextToken: is not a token of this query',
            info: { field: 'nextToken' },
          });
          expect(statements).toBe(0);
        }
        const filtered = await failure({
          operation: 'products',
          arguments: { sort: 'PRICE_ASC', limit: 5, nextToken: token, filter: { inStockOnly: true } },
          caller: null,
        });
        expect(filtered.type).toBe('ValidationError');
      });
    });

    describe('categories', () => {
      it('counts the active products of each category, by name, in one statement', async () => {
        const { result, statements } = await call({ operation: 'categories', arguments: {}, caller: null });
        expect(statements).toBe(1);
        const categories = result.data as Category[];
        const expected = await executor.query({
          sql: 'SELECT category, COUNT(*) AS n FROM products WHERE active = 1 GROUP BY category ORDER BY category',
          parameters: [],
        });
        expect(categories).toEqual(expected.map((row) => ({ name: row.category, productCount: row.n })));
        expect(categories.find((category) => category.name === 'Books')).toEqual({
          name: 'Books',
          productCount: 21,
        });
        expect(categories.length).toBeGreaterThanOrEqual(10);
      });

      it('no longer counts an archived product', async () => {
        const count = async () =>
          (await data<Category[]>({ operation: 'categories', arguments: {}, caller: null })).find(
            (category) => category.name === 'Garden',
          )!.productCount;
        const before = await count();
        await data({
          operation: 'deleteProduct',
          arguments: { id: demo.find((p) => p.sku === 'GAR-001')!.id },
          caller: ADMIN,
        });
        expect(await count()).toBe(before - 1);
      });
    });

    describe('createProduct', () => {
      it('stores a trimmed product with defaults at version 1, in one statement', async () => {
        const { result, statements } = await call({
          operation: 'createProduct',
          arguments: {
            input: {
              sku: 'NEW-001',
              name: '  Linen Apron  ',
              category: ' Kitchen ',
              priceCents: 2990,
              imageUrl: 'https://images.example.com/apron.png',
            },
          },
          caller: ADMIN,
        });
        expect(statements).toBe(1);
        const created = result.data as Product;
        expect(created).toMatchObject({
          sku: 'NEW-001',
          name: 'Linen Apron',
          description: '',
          category: 'Kitchen',
          price: { cents: 2990, currency: 'EUR' },
          imageUrl: 'https://images.example.com/apron.png',
          inStock: false,
          stock: 0,
          lowStockThreshold: 5,
          active: true,
          version: 1,
        });
        expect(created.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
        expect(await data({ operation: 'product', arguments: { id: created.id }, caller: null })).toEqual(
          created,
        );
        const newest = await page({ limit: 1 });
        expect(newest.items[0]!.id).toBe(created.id);
      });

      it('answers ValidationError naming each bad field', async () => {
        const valid = { sku: 'VAL-001', name: 'Valid', category: 'Test Goods', priceCents: 100 };
        for (const [change, field] of [
          [{ sku: 'val-001' }, 'input.sku'],
          [{ sku: 'V' }, 'input.sku'],
          [{ sku: `V${'1'.repeat(40)}` }, 'input.sku'],
          [{ sku: '-VAL' }, 'input.sku'],
          [{ name: '  ' }, 'input.name'],
          [{ name: 'n'.repeat(201) }, 'input.name'],
          [{ description: 'd'.repeat(5001) }, 'input.description'],
          [{ category: '' }, 'input.category'],
          [{ category: 'c'.repeat(101) }, 'input.category'],
          [{ priceCents: -1 }, 'input.priceCents'],
          [{ priceCents: 100_000_001 }, 'input.priceCents'],
          [{ stock: -1 }, 'input.stock'],
          [{ lowStockThreshold: -1 }, 'input.lowStockThreshold'],
          [{ imageUrl: 'http://images.example.com/a.png' }, 'input.imageUrl'],
          [{ imageUrl: `https://example.com/${'a'.repeat(2040)}` }, 'input.imageUrl'],
        ] as const) {
          const error = await failure({
            operation: 'createProduct',
            arguments: { input: { ...valid, ...change } },
            caller: ADMIN,
          });
          expect(error, JSON.stringify(change)).toMatchObject({ type: 'ValidationError', info: { field } });
        }
        expect(
          await data({ operation: 'products', arguments: { filter: { search: 'VAL-001' } }, caller: null }),
        ).toEqual({
          items: [],
          nextToken: null,
        });
      });

      it('accepts the limits themselves', async () => {
        const edge = await create(`E${'1'.repeat(39)}`, {
          name: 'n'.repeat(200),
          description: 'd'.repeat(5000),
          category: 'c'.repeat(100),
          priceCents: 100_000_000,
          stock: 1_000_000,
          lowStockThreshold: 0,
        });
        expect(edge).toMatchObject({ price: { cents: 100_000_000 }, stock: 1_000_000 });
      });

      it('answers Conflict for a SKU another product has, archived or not', async () => {
        const error = await failure({
          operation: 'createProduct',
          arguments: { input: { sku: 'CFT-001', name: 'Copy', category: 'Coffee & Tea', priceCents: 1 } },
          caller: ADMIN,
        });
        expect(error).toEqual({
          type: 'Conflict',
          message: 'Another product already has the SKU CFT-001',
          info: { field: 'input.sku', sku: 'CFT-001' },
        });
        const again = await failure({
          operation: 'createProduct',
          arguments: { input: { sku: 'ARCHIVED-1', name: 'Copy', category: 'X', priceCents: 1 } },
          caller: ADMIN,
        });
        expect(again.type).toBe('Conflict');
      });
    });

    describe('updateProduct', () => {
      it('changes the given fields only, increments the version, in two statements in one transaction', async () => {
        const product = await create('UPD-001', {
          description: 'Old',
          imageUrl: 'https://example.com/a.png',
        });
        const { result, statements, transactions } = await call({
          operation: 'updateProduct',
          arguments: {
            id: product.id,
            input: { name: ' Renamed ', priceCents: 1500, imageUrl: null },
            expectedVersion: 1,
          },
          caller: ADMIN,
        });
        expect({ statements, transactions }).toEqual({ statements: 2, transactions: 1 });
        expect(result.data).toMatchObject({
          id: product.id,
          name: 'Renamed',
          description: 'Old',
          price: { cents: 1500, currency: 'EUR' },
          imageUrl: null,
          version: 2,
          createdAt: product.createdAt,
        });
        const without = await data<Product>({
          operation: 'updateProduct',
          arguments: { id: product.id, input: { category: 'Other', active: false } },
          caller: ADMIN,
        });
        expect(without).toMatchObject({ category: 'Other', active: false, version: 3 });
      });

      it('keeps the version and updatedAt when nothing changes: an empty input, or the values it has', async () => {
        const product = await create('UPD-003', {
          description: 'Same',
          imageUrl: 'https://example.com/a.png',
        });
        const later = { now: () => new Date(Date.parse(product.updatedAt) + 60_000) };
        const update = (input: Record<string, unknown>, expectedVersion?: number) =>
          call(
            {
              operation: 'updateProduct',
              arguments: { id: product.id, input, ...(expectedVersion && { expectedVersion }) },
              caller: ADMIN,
            },
            later,
          );
        const unchanged = { version: 1, updatedAt: product.updatedAt };
        for (const input of [
          {},
          { name: product.name, description: 'Same', category: product.category, active: true },
          { priceCents: 1000, imageUrl: 'https://example.com/a.png', lowStockThreshold: 5 },
        ]) {
          const { result, transactions } = await update(input, 1);
          expect(result.data, JSON.stringify(input)).toMatchObject(unchanged);
          expect(transactions).toBe(1);
        }
        // A stale expectedVersion is still a Conflict, even for a change that would change nothing.
        expect((await update({}, 7)).result.error).toMatchObject({ type: 'Conflict', info: { version: 1 } });
        // Case and a removed image are changes: byte for byte, whatever the engine's collation.
        const renamed = await update({ name: product.name.toUpperCase(), imageUrl: null });
        expect(renamed.result.data).toMatchObject({
          name: product.name.toUpperCase(),
          imageUrl: null,
          version: 2,
        });
        expect((await update({ imageUrl: null })).result.data).toMatchObject({ version: 2 });
      });

      it('answers Conflict with the current version when expectedVersion is stale, and changes nothing', async () => {
        const product = await create('UPD-002');
        await data({
          operation: 'updateProduct',
          arguments: { id: product.id, input: { name: 'First' }, expectedVersion: 1 },
          caller: ADMIN,
        });
        const error = await failure({
          operation: 'updateProduct',
          arguments: { id: product.id, input: { name: 'Second' }, expectedVersion: 1 },
          caller: ADMIN,
        });
        expect(error).toEqual({
          type: 'Conflict',
          message: `Product ${product.id} is at version 2, not 1`,
          info: { id: product.id, expectedVersion: 1, version: 2 },
        });
        expect(
          await data({ operation: 'product', arguments: { id: product.id }, caller: ADMIN }),
        ).toMatchObject({
          name: 'First',
          version: 2,
        });
      });

      it('answers NotFound for an unknown id and ValidationError for bad fields', async () => {
        expect(
          await failure({
            operation: 'updateProduct',
            arguments: { id: 'NOPE', input: { name: 'X' } },
            caller: ADMIN,
          }),
        ).toEqual({ type: 'NotFound', message: 'No product has the id NOPE', info: { id: 'NOPE' } });
        expect(
          await failure({
            operation: 'updateProduct',
            arguments: { id: 'NOPE', input: { priceCents: -5 } },
            caller: ADMIN,
          }),
        ).toMatchObject({ type: 'ValidationError', info: { field: 'input.priceCents' } });
        expect(
          await failure({
            operation: 'updateProduct',
            arguments: { id: 'NOPE', input: { imageUrl: 'ftp://x/y' } },
            caller: ADMIN,
          }),
        ).toMatchObject({ type: 'ValidationError', info: { field: 'input.imageUrl' } });
      });
    });

    describe('deleteProduct', () => {
      it('archives the product: hidden from products and product, kept for admins', async () => {
        const product = await create('DEL-001', { stock: 3 });
        const { result, statements, transactions } = await call({
          operation: 'deleteProduct',
          arguments: { id: product.id },
          caller: ADMIN,
        });
        expect({ statements, transactions }).toEqual({ statements: 2, transactions: 1 });
        expect(result.data).toMatchObject({ id: product.id, active: false, version: 2 });
        expect(await data({ operation: 'product', arguments: { id: product.id }, caller: null })).toBeNull();
        const listed = await allPages({ filter: { category: 'Test Goods' }, limit: 100 });
        expect(listed.items.map((item) => item.id)).not.toContain(product.id);
        const restored = await data<Product>({
          operation: 'updateProduct',
          arguments: { id: product.id, input: { active: true } },
          caller: ADMIN,
        });
        expect(restored).toMatchObject({ active: true, version: 3 });
      });

      it('leaves an archived product as it is: archiving it again changes neither version nor updatedAt', async () => {
        const product = await create('DEL-002', { active: false });
        const { result, statements, transactions } = await call(
          { operation: 'deleteProduct', arguments: { id: product.id }, caller: ADMIN },
          { now: () => new Date(Date.parse(product.updatedAt) + 60_000) },
        );
        expect({ statements, transactions }).toEqual({ statements: 2, transactions: 1 });
        expect(result.data).toMatchObject({ active: false, version: 1, updatedAt: product.updatedAt });
      });

      it('answers NotFound for an unknown id', async () => {
        expect(
          await failure({ operation: 'deleteProduct', arguments: { id: 'NOPE' }, caller: ADMIN }),
        ).toMatchObject({
          type: 'NotFound',
        });
      });
    });

    describe('adjustStock', () => {
      const movements = async (productId: string) =>
        executor.query({
          sql: 'SELECT product_id, delta, reason, actor FROM stock_movements WHERE product_id = :id ORDER BY created_at, id',
          parameters: [{ name: 'id', value: { stringValue: productId } }],
        });

      it('changes the stock and records the movement in one transaction of three statements', async () => {
        const product = await create('STK-001', { stock: 2 });
        const { result, statements, transactions } = await call({
          operation: 'adjustStock',
          arguments: { id: product.id, delta: 10, reason: ' delivery 2026-11-26 ' },
          caller: ADMIN,
        });
        expect({ statements, transactions }).toEqual({ statements: 3, transactions: 1 });
        expect(result.data).toMatchObject({ stock: 12, inStock: true, version: 1 });
        expect((result.data as Product).updatedAt >= product.updatedAt).toBe(true);
        await data({
          operation: 'adjustStock',
          arguments: { id: product.id, delta: -12, reason: 'stocktake' },
          caller: ADMIN,
        });
        expect(await movements(product.id)).toEqual([
          { product_id: product.id, delta: 10, reason: 'delivery 2026-11-26', actor: 'admin-sub' },
          { product_id: product.id, delta: -12, reason: 'stocktake', actor: 'admin-sub' },
        ]);
        expect(
          await data({ operation: 'product', arguments: { id: product.id }, caller: ADMIN }),
        ).toMatchObject({
          stock: 0,
          inStock: false,
        });
      });

      it('never takes the stock below zero: ValidationError with what is available, nothing recorded', async () => {
        const product = await create('STK-002', { stock: 3 });
        const error = await failure({
          operation: 'adjustStock',
          arguments: { id: product.id, delta: -4, reason: 'damaged' },
          caller: ADMIN,
        });
        expect(error).toEqual({
          type: 'ValidationError',
          message: 'delta: would take the stock of 3 below 0',
          info: { field: 'delta', available: 3 },
        });
        expect(await movements(product.id)).toEqual([]);
        expect(
          await data({ operation: 'product', arguments: { id: product.id }, caller: ADMIN }),
        ).toMatchObject({
          stock: 3,
        });
      });

      it('keeps the stock at zero or more when decreases race', async () => {
        const product = await create('STK-003', { stock: 5 });
        const results = await Promise.all(
          Array.from({ length: 4 }, () =>
            call({
              operation: 'adjustStock',
              arguments: { id: product.id, delta: -2, reason: 'race' },
              caller: ADMIN,
            }),
          ),
        );
        expect(results.filter(({ result }) => result.data !== undefined)).toHaveLength(2);
        expect(results.filter(({ result }) => result.error?.type === 'ValidationError')).toHaveLength(2);
        expect(
          await data({ operation: 'product', arguments: { id: product.id }, caller: ADMIN }),
        ).toMatchObject({
          stock: 1,
        });
        expect(await movements(product.id)).toHaveLength(2);
      });

      it('rolls the stock change back when recording the movement fails', async () => {
        const product = await create('STK-004', { stock: 7 });
        const failingMovement = (inner: SqlExecutor): SqlExecutor => ({
          query: (request) => inner.query(request),
          execute: (request) =>
            request.sql.startsWith('INSERT INTO stock_movements')
              ? Promise.reject(new Error('injected fault'))
              : inner.execute(request),
          transaction: (work) => inner.transaction((tx) => work(failingMovement(tx))),
        });
        await expect(
          call(
            {
              operation: 'adjustStock',
              arguments: { id: product.id, delta: 5, reason: 'delivery' },
              caller: ADMIN,
            },
            { db: failingMovement(executor) },
          ),
        ).rejects.toThrow('injected fault');
        expect(
          await data({ operation: 'product', arguments: { id: product.id }, caller: ADMIN }),
        ).toMatchObject({
          stock: 7,
        });
        expect(await movements(product.id)).toEqual([]);
      });

      it('answers ValidationError for a zero or oversized delta or a bad reason, NotFound for an unknown id', async () => {
        const product = await create('STK-005', { stock: 1 });
        for (const [args, field] of [
          [{ delta: 0, reason: 'x' }, 'delta'],
          [{ delta: 1_000_001, reason: 'x' }, 'delta'],
          [{ delta: 1, reason: ' ' }, 'reason'],
          [{ delta: 1, reason: 'r'.repeat(501) }, 'reason'],
        ] as const) {
          expect(
            await failure({
              operation: 'adjustStock',
              arguments: { id: product.id, ...args },
              caller: ADMIN,
            }),
          ).toMatchObject({ type: 'ValidationError', info: { field } });
        }
        expect(
          await failure({
            operation: 'adjustStock',
            arguments: { id: 'NOPE', delta: 1, reason: 'x' },
            caller: ADMIN,
          }),
        ).toMatchObject({ type: 'NotFound' });
      });
    });

    describe('lowStockProducts', () => {
      it('lists the active products at or below their threshold, lowest stock first, in one statement', async () => {
        const { result, statements } = await call({
          operation: 'lowStockProducts',
          arguments: {},
          caller: ADMIN,
        });
        expect(statements).toBe(1);
        const low = result.data as Product[];
        const expected = await ids(
          'SELECT id FROM products WHERE active = 1 AND stock <= low_stock_threshold ORDER BY stock, name, id',
        );
        expect(low.map((product) => product.id)).toEqual(expected);
        expect(low.length).toBeGreaterThan(20);
        expect(low.every((product) => product.active && product.stock <= product.lowStockThreshold)).toBe(
          true,
        );
        const stocks = low.map((product) => product.stock);
        expect(stocks).toEqual([...stocks].sort((a, b) => a - b));
      });
    });

    describe('productsByIds', () => {
      it('answers the active products among 100 ids in one statement, leaving out unknown and archived ones', async () => {
        const archived = await create('LOOKUP-GONE');
        await data({ operation: 'deleteProduct', arguments: { id: archived.id }, caller: ADMIN });
        const wanted = demo.slice(0, 98).map((product) => product.id);
        const { result, statements } = await call({
          operation: 'productsByIds',
          arguments: { ids: [...wanted, archived.id, 'NO-SUCH-PRODUCT'] },
          caller: SHOPPER,
        });
        expect(statements).toBe(1);
        const found = result.data as Product[];
        // Earlier tests archived some demo products.
        const active = new Set(await ids('SELECT id FROM products WHERE active = 1'));
        const expected = wanted.filter((id) => active.has(id)).sort();
        expect(expected.length).toBeGreaterThan(90);
        expect(found.map((product) => product.id)).toEqual(expected);
        expect(found.every((product) => product.active && product.price.currency === 'EUR')).toBe(true);
      });

      it('makes no statement for no ids, looks a repeated id up once, and refuses more than 100 ids', async () => {
        expect(
          await call({ operation: 'productsByIds', arguments: { ids: [] }, caller: null }),
        ).toMatchObject({
          result: { data: [] },
          statements: 0,
        });
        const twice = await data<Product[]>({
          operation: 'productsByIds',
          arguments: { ids: [demo[1]!.id, demo[1]!.id] },
          caller: null,
        });
        expect(twice.map((product) => product.id)).toEqual([demo[1]!.id]);
        const tooMany = Array.from({ length: 101 }, (_, i) => `id-${i}`);
        expect(
          await failure({ operation: 'productsByIds', arguments: { ids: tooMany }, caller: null }),
        ).toMatchObject({
          type: 'ValidationError',
          info: { field: 'ids' },
        });
        expect(
          await failure({ operation: 'productsByIds', arguments: { ids: [''] }, caller: null }),
        ).toMatchObject({
          type: 'ValidationError',
          info: { field: 'ids' },
        });
      });
    });

    describe('authorization', () => {
      it.each([
        ['lowStockProducts', 'Query', {}],
        ['createProduct', 'Mutation', { input: { sku: 'AUTH-1', name: 'x', category: 'x', priceCents: 1 } }],
        ['updateProduct', 'Mutation', { id: 'x', input: { name: 'x' } }],
        ['deleteProduct', 'Mutation', { id: 'x' }],
        ['adjustStock', 'Mutation', { id: 'x', delta: 1, reason: 'x' }],
      ] as const)(
        'answers Unauthorized for %s to a shopper and to the API key, before any statement',
        async (operation, type, args) => {
          for (const caller of [SHOPPER, null]) {
            const { result, statements } = await call({ operation, arguments: args, caller } as CatalogEvent);
            expect(result.error).toEqual({
              type: 'Unauthorized',
              message: `Not Authorized to access ${operation} on type ${type}`,
              info: null,
            });
            expect(statements).toBe(0);
          }
        },
      );
    });
  });
});
