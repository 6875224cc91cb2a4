// The catalog through the whole twin, over HTTP, as each persona: the guest and the integrator with the
// API key, a signed-in shopper, and an admin. The resolvers run in the AppSync twin's sandbox, call the
// catalog function in the Lambda twin, which runs its SQL through the Data API twin on SQLite and on
// MariaDB. Every authorization and validation error is asserted by its errorType.
import {
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from '@aws-sdk/client-cognito-identity-provider';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../infra/paths.js';
import { shop } from '../infra/shop.js';
import { ensureUser } from '../local/cognito/index.js';
import { startTwin } from '../local/twin.js';
import type { Twin } from '../local/twin.js';
import {
  dropMariadbDatabase,
  MARIADB_URL,
  SQL_ENGINES,
  skipEngine,
  uniqueDatabaseName,
} from './support/sqlEngines.js';
import { LOCAL_CREDENTIALS } from '../local/localAws.js';

type Headers = Record<string, string>;
interface GraphqlError {
  readonly errorType?: string;
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly errorInfo?: Record<string, unknown> | null;
}
interface GraphqlResponse {
  readonly data: Record<string, unknown> | null;
  readonly errors?: readonly GraphqlError[];
}
interface PublicProduct {
  readonly id: string;
  readonly sku: string;
  readonly name: string;
  readonly category: string;
  readonly price: { readonly cents: number; readonly currency: string };
  readonly inStock: boolean;
  readonly createdAt: string;
}

interface ProductsPage {
  readonly products: { readonly items: PublicProduct[]; readonly nextToken: string | null };
}

const PUBLIC_FIELDS =
  'id sku name description category price { cents currency } imageUrl inStock createdAt updatedAt';
const ADMIN_FIELDS = `${PUBLIC_FIELDS} stock lowStockThreshold active version`;
const CATEGORIES = ['Lamps', 'Mugs', 'Rugs'] as const;

describe.each(SQL_ENGINES)('the catalog API through the whole twin on %s', (engine) => {
  describe.skipIf(skipEngine(engine))('as guest, integrator, shopper and admin', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'shopsync-catalog-'));
    const database = engine === 'mysql' ? uniqueDatabaseName('shopsync_twin') : shop.database.name;
    let twin: Twin;
    const tokens = { shopper: '', admin: '' };
    const created: PublicProduct[] = [];

    const apiKey = (): Headers => ({ 'x-api-key': twin.config.apiKey });
    const shopper = (): Headers => ({ authorization: tokens.shopper });
    const admin = (): Headers => ({ authorization: tokens.admin });

    async function gql(query: string, headers: Headers, variables?: Record<string, unknown>) {
      const response = await fetch(twin.config.graphqlUrl, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query, variables }),
      });
      expect(response.status).toBe(200);
      return (await response.json()) as GraphqlResponse;
    }
    /** The data of a call that must succeed. */
    async function ok<T>(query: string, headers: Headers, variables?: Record<string, unknown>): Promise<T> {
      const { data, errors } = await gql(query, headers, variables);
      expect(errors).toBeUndefined();
      return data as T;
    }
    /** The one error of a call that must fail. */
    async function failure(query: string, headers: Headers, variables?: Record<string, unknown>) {
      const { errors } = await gql(query, headers, variables);
      expect(errors, query).toHaveLength(1);
      return errors![0]!;
    }
    async function signIn(email: string, password: string): Promise<string> {
      const cognito = new CognitoIdentityProviderClient({
        endpoint: twin.services.cognito.endpoint,
        region: 'us-east-1',
        credentials: LOCAL_CREDENTIALS,
      });
      const auth = await cognito.send(
        new InitiateAuthCommand({
          ClientId: twin.config.userPoolClientId,
          AuthFlow: 'USER_PASSWORD_AUTH',
          AuthParameters: { USERNAME: email, PASSWORD: password },
        }),
      );
      cognito.destroy();
      return auth.AuthenticationResult!.IdToken!;
    }
    const productsQuery = `query ($filter: ProductFilter, $sort: ProductSort, $limit: Int, $nextToken: String) {
      products(filter: $filter, sort: $sort, limit: $limit, nextToken: $nextToken) { items { ${PUBLIC_FIELDS} } nextToken }
    }`;
    async function allPages(headers: Headers, variables: Record<string, unknown>): Promise<PublicProduct[]> {
      const items: PublicProduct[] = [];
      let nextToken: string | null = null;
      do {
        const page: ProductsPage = await ok<ProductsPage>(productsQuery, headers, {
          ...variables,
          nextToken,
        });
        items.push(...page.products.items);
        nextToken = page.products.nextToken;
      } while (nextToken !== null && items.length < 1000);
      return items;
    }

    beforeAll(async () => {
      twin = await startTwin({
        description: { ...shop, database: { ...shop.database, name: database } },
        rootDir: ROOT_DIR,
        port: 0,
        stateDir: path.join(root, 'state'),
        ...(engine === 'mysql' ? { databaseUrl: MARIADB_URL } : {}),
      });
      await ensureUser(twin.services.cognito, {
        email: 'shopper@example.com',
        password: 'Shopper-Password-1',
      });
      await ensureUser(twin.services.cognito, {
        email: 'admin@example.com',
        password: 'Admin-Password-1',
        groups: ['admins'],
      });
      tokens.shopper = await signIn('shopper@example.com', 'Shopper-Password-1');
      tokens.admin = await signIn('admin@example.com', 'Admin-Password-1');

      // 30 products in one request: AppSync runs a mutation's root fields one after the other.
      const fields = Array.from({ length: 30 }, (_, i) => {
        const category = CATEGORIES[i % 3]!;
        return `p${i}: createProduct(input: { sku: "TWIN-${String(i).padStart(3, '0')}", name: "${category.slice(0, -1)} No. ${i}", description: "A handmade ${category.toLowerCase().slice(0, -1)}, number ${i}.", category: "${category}", priceCents: ${500 + ((i * 737) % 9000)}, stock: ${i % 7 === 0 ? 0 : i}, lowStockThreshold: 5 }) { ${PUBLIC_FIELDS} }`;
      });
      const data = await ok<Record<string, PublicProduct>>(`mutation { ${fields.join('\n')} }`, admin());
      created.push(...Object.values(data));
    });

    afterAll(async () => {
      await twin?.stop();
      rmSync(root, { recursive: true, force: true });
      if (engine === 'mysql') await dropMariadbDatabase(database);
    });

    describe('the guest (API key)', () => {
      it('reads products, a product and the categories, with prices in euros', async () => {
        expect(created).toHaveLength(30);
        const { products } = await ok<{ products: { items: PublicProduct[]; nextToken: string } }>(
          productsQuery,
          apiKey(),
          { limit: 10 },
        );
        // Newest first: by creation time, then id (products created in the same millisecond).
        const newest = [...created].sort((a, b) =>
          a.createdAt === b.createdAt ? (a.id < b.id ? 1 : -1) : a.createdAt < b.createdAt ? 1 : -1,
        );
        expect(products.items.map((item) => item.id)).toEqual(newest.slice(0, 10).map((item) => item.id));
        expect(products.nextToken).toEqual(expect.any(String));

        const one = created[3]!;
        const { product } = await ok<{ product: PublicProduct }>(
          `query ($id: ID!) { product(id: $id) { ${PUBLIC_FIELDS} } }`,
          apiKey(),
          { id: one.id },
        );
        expect(product).toEqual(one);
        expect(product.price).toEqual({ cents: 500 + ((3 * 737) % 9000), currency: 'EUR' });

        const { categories } = await ok<{ categories: unknown[] }>(
          '{ categories { name productCount } }',
          apiKey(),
        );
        expect(categories).toEqual(CATEGORIES.map((name) => ({ name, productCount: 10 })));
        expect(
          await ok('query ($id: ID!) { product(id: $id) { id } }', apiKey(), { id: 'NO-SUCH-PRODUCT' }),
        ).toEqual({ product: null });
      });

      it('is Unauthorized on the admin-only fields it selects', async () => {
        for (const field of ['stock', 'lowStockThreshold', 'active', 'version']) {
          const error = await failure(`query ($id: ID!) { product(id: $id) { id ${field} } }`, apiKey(), {
            id: created[1]!.id,
          });
          expect(error).toMatchObject({ errorType: 'Unauthorized', path: ['product', field] });
        }
        const { errors } = await gql('{ products(limit: 2) { items { id stock } } }', apiKey());
        expect(errors?.length).toBeGreaterThan(0);
        expect(errors!.every((error) => error.errorType === 'Unauthorized')).toBe(true);
        expect(errors![0]!.path).toEqual(['products', 'items', 0, 'stock']);
      });

      it('is Unauthorized for every admin operation', async () => {
        const id = created[0]!.id;
        for (const query of [
          '{ lowStockProducts { id } }',
          'mutation { createProduct(input: { sku: "GUEST-1", name: "x", category: "x", priceCents: 1 }) { id } }',
          `mutation { updateProduct(id: "${id}", input: { name: "x" }) { id } }`,
          `mutation { deleteProduct(id: "${id}") { id } }`,
          `mutation { adjustStock(id: "${id}", delta: 1, reason: "x") { id } }`,
        ]) {
          const { data, errors } = await gql(query, apiKey());
          expect(data, query).toBeNull();
          expect(errors?.[0], query).toMatchObject({ errorType: 'Unauthorized' });
        }
      });
    });

    describe('the integrator (API key)', () => {
      it('gets a page of 100 products from one invocation of the catalog function', async () => {
        const lambda = twin.services.lambda;
        const invoke = lambda.invoke.bind(lambda);
        const calls: unknown[] = [];
        lambda.invoke = (name, event, options) => {
          calls.push([name, event]);
          return invoke(name, event, options);
        };
        try {
          const page = await ok<ProductsPage>(productsQuery, apiKey(), { limit: 100, sort: 'NAME' });
          expect(page.products.items).toHaveLength(30);
        } finally {
          lambda.invoke = invoke;
        }
        expect(calls).toEqual([
          ['catalog', { operation: 'products', arguments: { limit: 100, sort: 'NAME' }, caller: null }],
        ]);
      });

      it('pages through every product in each sort, without duplicates or gaps', async () => {
        for (const sort of ['NEWEST', 'PRICE_ASC', 'PRICE_DESC', 'NAME']) {
          const items = await allPages(apiKey(), { sort, limit: 7 });
          expect(items.map((item) => item.sku).sort(), sort).toEqual(created.map((item) => item.sku).sort());
          const prices = items.map((item) => item.price.cents);
          if (sort === 'PRICE_ASC') expect(prices).toEqual([...prices].sort((a, b) => a - b));
          if (sort === 'PRICE_DESC') expect(prices).toEqual([...prices].sort((a, b) => b - a));
        }
      });

      it('filters by search, category, price range and stock', async () => {
        const filter = {
          search: 'HANDMADE MUG',
          category: 'Mugs',
          minPriceCents: 1000,
          maxPriceCents: 8000,
          inStockOnly: true,
        };
        const items = await allPages(apiKey(), { filter, sort: 'PRICE_ASC', limit: 2 });
        const expected = created.filter(
          (p) => p.category === 'Mugs' && p.price.cents >= 1000 && p.price.cents <= 8000 && p.inStock,
        );
        expect(items.map((item) => item.sku).sort()).toEqual(expected.map((p) => p.sku).sort());
        expect(items.length).toBeGreaterThan(2);
        const bySku = await allPages(apiKey(), { filter: { search: 'twin-00' } });
        expect(bySku).toHaveLength(10);
      });

      it('gets ValidationError for a bad limit or filter, and for a forged or foreign nextToken', async () => {
        for (const [variables, field] of [
          [{ limit: 101 }, 'limit'],
          [{ limit: 0 }, 'limit'],
          [{ filter: { search: '' } }, 'filter.search'],
          [{ filter: { minPriceCents: 10, maxPriceCents: 5 } }, 'filter.maxPriceCents'],
          [{ nextToken: 'eyJmb3JnZWQiOnRydWV9.c2lnbmF0dXJl' }, 'nextToken'],
        ] as const) {
          const error = await failure(productsQuery, apiKey(), variables);
          expect(error, JSON.stringify(variables)).toMatchObject({
            errorType: 'ValidationError',
            errorInfo: { field },
            path: ['products'],
          });
        }
        const { products } = await ok<{ products: { nextToken: string } }>(productsQuery, apiKey(), {
          sort: 'NAME',
          limit: 3,
        });
        const foreign = await failure(productsQuery, apiKey(), {
          sort: 'PRICE_ASC',
          limit: 3,
          nextToken: products.nextToken,
        });
        expect(foreign).toMatchObject({ errorType: 'ValidationError', errorInfo: { field: 'nextToken' } });
      });
    });

    describe('the shopper', () => {
      it('reads the catalog with a user pool token', async () => {
        const { products } = await ok<{ products: { items: PublicProduct[] } }>(productsQuery, shopper(), {
          filter: { category: 'Rugs' },
          limit: 100,
        });
        expect(products.items).toHaveLength(10);
        expect(await ok('{ categories { name } }', shopper())).toEqual({
          categories: CATEGORIES.map((name) => ({ name })),
        });
      });

      it('is Unauthorized on the admin-only fields and for every admin operation', async () => {
        const id = created[2]!.id;
        expect(
          await failure(`query ($id: ID!) { product(id: $id) { id stock } }`, shopper(), { id }),
        ).toMatchObject({ errorType: 'Unauthorized', path: ['product', 'stock'] });
        for (const query of [
          '{ lowStockProducts { id } }',
          'mutation { createProduct(input: { sku: "SHOP-1", name: "x", category: "x", priceCents: 1 }) { id } }',
          `mutation { updateProduct(id: "${id}", input: { name: "x" }) { id } }`,
          `mutation { deleteProduct(id: "${id}") { id } }`,
          `mutation { adjustStock(id: "${id}", delta: 1, reason: "x") { id } }`,
        ]) {
          const { data, errors } = await gql(query, shopper());
          expect(data, query).toBeNull();
          expect(errors?.[0], query).toMatchObject({ errorType: 'Unauthorized' });
        }
        expect(await ok(`query ($id: ID!) { product(id: $id) { name } }`, apiKey(), { id })).toEqual({
          product: { name: created[2]!.name },
        });
      });
    });

    describe('the admin', () => {
      const createMutation = `mutation ($input: CreateProductInput!) { createProduct(input: $input) { ${ADMIN_FIELDS} } }`;
      const updateMutation = `mutation ($id: ID!, $input: UpdateProductInput!, $expectedVersion: Int) {
        updateProduct(id: $id, input: $input, expectedVersion: $expectedVersion) { ${ADMIN_FIELDS} } }`;
      const adjustMutation = `mutation ($id: ID!, $delta: Int!, $reason: String!) {
        adjustStock(id: $id, delta: $delta, reason: $reason) { ${ADMIN_FIELDS} } }`;

      it('creates a product, sees its admin fields, and gets ValidationError and Conflict for bad ones', async () => {
        const { createProduct } = await ok<{ createProduct: Record<string, unknown> }>(
          createMutation,
          admin(),
          {
            input: {
              sku: 'ADM-001',
              name: 'Wool Rug',
              category: 'Rugs',
              priceCents: 12900,
              imageUrl: 'https://images.example.com/rug.png',
              stock: 2,
            },
          },
        );
        expect(createProduct).toMatchObject({
          sku: 'ADM-001',
          price: { cents: 12900, currency: 'EUR' },
          stock: 2,
          lowStockThreshold: 5,
          active: true,
          version: 1,
        });
        for (const [input, field] of [
          [{ sku: 'adm-2', name: 'x', category: 'x', priceCents: 1 }, 'input.sku'],
          [{ sku: 'ADM-2', name: '', category: 'x', priceCents: 1 }, 'input.name'],
          [{ sku: 'ADM-2', name: 'x', category: 'x', priceCents: -1 }, 'input.priceCents'],
          [{ sku: 'ADM-2', name: 'x', category: 'x', priceCents: 1, stock: -1 }, 'input.stock'],
          [
            { sku: 'ADM-2', name: 'x', category: 'x', priceCents: 1, imageUrl: 'http://a.example/x.png' },
            'input.imageUrl',
          ],
        ] as const) {
          expect(await failure(createMutation, admin(), { input }), field).toMatchObject({
            errorType: 'ValidationError',
            errorInfo: { field },
            path: ['createProduct'],
          });
        }
        expect(
          await failure(createMutation, admin(), {
            input: { sku: 'ADM-001', name: 'x', category: 'x', priceCents: 1 },
          }),
        ).toMatchObject({
          errorType: 'Conflict',
          message: 'Another product already has the SKU ADM-001',
          errorInfo: { field: 'input.sku', sku: 'ADM-001' },
        });
      });

      it('gets ValidationError for NUL and unpaired surrogates in text, never a match-all search', async () => {
        // SQLite cut a LIKE pattern at U+0000, so a search for it matched every product; NUL and unpaired
        // surrogates were stored too, the latter replaced.
        for (const search of ['\u0000', 'Rug\u0000', '\uD800']) {
          expect(await failure(productsQuery, apiKey(), { filter: { search } }), search).toMatchObject({
            errorType: 'ValidationError',
            errorInfo: { field: 'filter.search' },
            path: ['products'],
          });
        }
        for (const name of ['Wool\u0000Rug', 'Wool \uDC00Rug']) {
          expect(
            await failure(createMutation, admin(), {
              input: { sku: 'ADM-NUL', name, category: 'Rugs', priceCents: 1 },
            }),
            name,
          ).toMatchObject({ errorType: 'ValidationError', errorInfo: { field: 'input.name' } });
        }
        const id = created[5]!.id;
        expect(
          await failure(updateMutation, admin(), { id, input: { category: 'Rugs\u0000' } }),
        ).toMatchObject({ errorType: 'ValidationError', errorInfo: { field: 'input.category' } });
      });

      it('updates with optimistic concurrency: Conflict on a stale version, NotFound on an unknown id', async () => {
        const id = created[4]!.id;
        const { updateProduct } = await ok<{ updateProduct: Record<string, unknown> }>(
          updateMutation,
          admin(),
          {
            id,
            input: { name: 'Renamed Rug', priceCents: 999 },
            expectedVersion: 1,
          },
        );
        expect(updateProduct).toMatchObject({ name: 'Renamed Rug', price: { cents: 999 }, version: 2 });
        expect(
          await failure(updateMutation, admin(), { id, input: { name: 'Late' }, expectedVersion: 1 }),
        ).toMatchObject({ errorType: 'Conflict', errorInfo: { expectedVersion: 1, version: 2 } });
        expect(await failure(updateMutation, admin(), { id: 'NOPE', input: { name: 'x' } })).toMatchObject({
          errorType: 'NotFound',
        });
        expect(await failure(updateMutation, admin(), { id, input: { category: '' } })).toMatchObject({
          errorType: 'ValidationError',
          errorInfo: { field: 'input.category' },
        });
      });

      it('archives a product: gone for the guest, visible to the admin', async () => {
        const id = created[5]!.id;
        const { deleteProduct } = await ok<{ deleteProduct: Record<string, unknown> }>(
          `mutation ($id: ID!) { deleteProduct(id: $id) { id active version } }`,
          admin(),
          { id },
        );
        expect(deleteProduct).toEqual({ id, active: false, version: 2 });
        expect(await ok(`query ($id: ID!) { product(id: $id) { id } }`, apiKey(), { id })).toEqual({
          product: null,
        });
        expect(await ok(`query ($id: ID!) { product(id: $id) { id active } }`, admin(), { id })).toEqual({
          product: { id, active: false },
        });
        expect(await failure(`mutation { deleteProduct(id: "NOPE") { id } }`, admin())).toMatchObject({
          errorType: 'NotFound',
        });
      });

      it('adjusts stock, never below zero, and lists the low-stock products', async () => {
        const product = created[8]!;
        const { adjustStock } = await ok<{ adjustStock: Record<string, unknown> }>(adjustMutation, admin(), {
          id: product.id,
          delta: -5,
          reason: 'damaged in transit',
        });
        expect(adjustStock).toMatchObject({ stock: 3, inStock: true, version: 1 });
        expect(
          await failure(adjustMutation, admin(), { id: product.id, delta: -4, reason: 'stocktake' }),
        ).toMatchObject({ errorType: 'ValidationError', errorInfo: { field: 'delta', available: 3 } });
        for (const [variables, errorType] of [
          [{ id: product.id, delta: 0, reason: 'x' }, 'ValidationError'],
          [{ id: product.id, delta: 1, reason: '' }, 'ValidationError'],
          [{ id: 'NOPE', delta: 1, reason: 'x' }, 'NotFound'],
        ] as const) {
          expect(await failure(adjustMutation, admin(), variables)).toMatchObject({ errorType });
        }

        const { lowStockProducts } = await ok<{ lowStockProducts: { sku: string; stock: number }[] }>(
          '{ lowStockProducts { sku stock lowStockThreshold } }',
          admin(),
        );
        expect(lowStockProducts.map((item) => item.sku)).toContain(product.sku);
        expect(lowStockProducts.every((item) => item.stock <= 5)).toBe(true);
        const stocks = lowStockProducts.map((item) => item.stock);
        expect(stocks).toEqual([...stocks].sort((a, b) => a - b));
      });
    });
  });
});
