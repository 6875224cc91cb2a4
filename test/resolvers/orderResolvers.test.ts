// The orders resolvers, each bundled as `npm run build` bundles it and run in the AppSync twin's sandbox:
// the orders function payload they build (the caller from the identity, never from arguments), how they
// raise its answers, and the placeOrder pipeline's use of the stored cart. The last block runs the
// placeOrder pipeline as the twin runs a field, over the DynamoDB twin's carts table and the orders
// function's dispatch on the Data API twin.
import {
  DeleteItemCommand,
  GetItemCommand,
  PutItemCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { marshall, unmarshall } from '@aws-sdk/util-dynamodb';
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../functions/lib/newId.js';
import { dataApiExecutor } from '../../functions/lib/sql/dataApiExecutor.js';
import { insertProduct } from '../../functions/catalog/sql/insertProduct.js';
import { dispatch } from '../../functions/orders/dispatch.js';
import { dynamoPromoRedemptions } from '../../functions/orders/dynamoPromoRedemptions.js';
import { dynamoPromoStanding } from '../../functions/orders/dynamoPromoStanding.js';
import type { OrdersEvent } from '../../functions/orders/OrdersEvent.js';
import { bundleResolvers } from '../../infra/bundleResolvers.js';
import { ROOT_DIR } from '../../infra/paths.js';
import { shop } from '../../infra/shop.js';
import { executeDynamoDbRequest } from '../../local/appsync/dataSources/dynamodb/index.js';
import { createLambdaDataSource } from '../../local/appsync/dataSources/lambdaDataSource.js';
import { loadResolvers } from '../../local/appsync/execution/loadResolvers.js';
import type {
  FieldOutcome,
  InvokeDataSource,
  LoadedResolver,
} from '../../local/appsync/execution/runResolver.js';
import { runResolver } from '../../local/appsync/execution/runResolver.js';
import { runtimeScript } from '../../local/appsync/runtime/runtimeScript.js';
import { createTables } from '../../local/dynamodb/createTables.js';
import type { PlaceOrderInput } from '../../schema/generated/types.js';
import { expectFunctionAnswers, IAM_CALLER } from '../support/expectFunctionAnswers.js';
import { cognitoCaller, sandboxResolvers } from '../support/resolverSandbox.js';
import type { SandboxedResolver } from '../support/resolverSandbox.js';
import { startTestDatabase } from '../support/sqlEngines.js';
import type { TestDatabase } from '../support/sqlEngines.js';
import { startTestTwin, uniqueTableName } from '../support/testTwin.js';
import type { TestTwin } from '../support/testTwin.js';

const PLACE_ORDER = {
  kind: 'pipeline',
  typeName: 'Mutation',
  fieldName: 'placeOrder',
  file: 'resolvers/Mutation.placeOrder/index.ts',
  functions: [
    { name: 'getCart', dataSource: 'carts', file: 'resolvers/Mutation.placeOrder/1.getCart.ts' },
    { name: 'placeOrder', dataSource: 'orders', file: 'resolvers/Mutation.placeOrder/2.placeOrder.ts' },
    { name: 'clearUsedCart', dataSource: 'carts', file: 'resolvers/Mutation.placeOrder/3.clearUsedCart.ts' },
  ],
} as const;
const FILES = [
  'resolvers/Query.order.ts',
  'resolvers/Query.myOrders.ts',
  'resolvers/Query.orders.ts',
  'resolvers/Mutation.cancelOrder.ts',
  'resolvers/Mutation.updateOrderStatus.ts',
  PLACE_ORDER.file,
  ...PLACE_ORDER.functions.map((fn) => fn.file),
] as const;
type File = (typeof FILES)[number];

const ANN = cognitoCaller('ann-sub');
const ADMIN = cognitoCaller('admin-sub', ['admins']);
const ADDRESS = {
  name: 'Ann Example',
  line1: 'Hauptstraße 1',
  city: 'Berlin',
  postalCode: '10115',
  country: 'DE',
};
const ORDER = { id: 'o-1', userId: 'ann-sub', status: 'PENDING' };
const done = (): Promise<void> => Promise.resolve();
const STORED = {
  userId: 'ann-sub',
  // Listed apart from the order the lines were added in, which is what counts.
  lines: { 'p-a': 1, 'p-b': 2 },
  addedAt: { 'p-b': '2026-12-01T10:00:00.000Z', 'p-a': '2026-12-01T10:00:01.000Z' },
  version: 4,
  updatedAt: '2026-12-01T10:00:01.000Z',
  expiresAt: 1_800_000_000,
};

describe('the orders resolvers in the sandbox', () => {
  let r: Readonly<Record<File, SandboxedResolver>>;
  beforeAll(async () => {
    r = await sandboxResolvers(FILES);
  });

  it('invokes the orders function with the operation, the arguments and the caller from the identity', () => {
    const cases = [
      ['resolvers/Query.order.ts', 'order', { id: 'o-1' }],
      ['resolvers/Query.myOrders.ts', 'myOrders', { limit: 5, nextToken: 'page-2' }],
      ['resolvers/Mutation.cancelOrder.ts', 'cancelOrder', { id: 'o-1' }],
    ] as const;
    for (const [file, operation, args] of cases) {
      expect(r[file].request({ identity: ANN, arguments: args })).toEqual({
        kind: 'value',
        value: {
          operation: 'Invoke',
          payload: { operation, arguments: args, caller: { sub: 'ann-sub', admin: false } },
        },
        effects: expect.anything() as unknown,
      });
      // An admin is told apart by the token's groups, which the function uses for foreign orders.
      expect(r[file].request({ identity: ADMIN, arguments: args })).toMatchObject({
        value: { payload: { caller: { sub: 'admin-sub', admin: true } } },
      });
      for (const identity of [null, IAM_CALLER]) {
        expect(r[file].request({ identity, arguments: args })).toMatchObject({
          kind: 'error',
          error: { errorType: 'Unauthorized' },
        });
      }
    }
  });

  it('answers Unauthorized to a shopper calling an admin operation, without invoking the function', () => {
    const cases = [
      ['resolvers/Query.orders.ts', 'orders', { filter: { status: 'PENDING' }, limit: 10 }],
      [
        'resolvers/Mutation.updateOrderStatus.ts',
        'updateOrderStatus',
        { id: 'o-1', status: 'SHIPPED', reason: 'Posted' },
      ],
    ] as const;
    for (const [file, operation, args] of cases) {
      for (const identity of [ANN, null, IAM_CALLER]) {
        expect(r[file].request({ identity, arguments: args })).toMatchObject({
          kind: 'error',
          error: { errorType: 'Unauthorized' },
        });
      }
      expect(r[file].request({ identity: ADMIN, arguments: args })).toMatchObject({
        kind: 'value',
        value: {
          operation: 'Invoke',
          payload: { operation, arguments: args, caller: { sub: 'admin-sub', admin: true } },
        },
      });
    }
  });

  it('answers the function’s data, raises its error as chosen, and a failed invocation as AppSync’s', () => {
    const responders: readonly File[] = [
      'resolvers/Query.order.ts',
      'resolvers/Query.myOrders.ts',
      'resolvers/Query.orders.ts',
      'resolvers/Mutation.cancelOrder.ts',
      'resolvers/Mutation.updateOrderStatus.ts',
      'resolvers/Mutation.placeOrder/2.placeOrder.ts',
    ];
    for (const file of responders) {
      expectFunctionAnswers(r[file], {
        identity: ADMIN,
        data: ORDER,
        failure: {
          type: 'InvalidStateTransition',
          message: 'An order that is SHIPPED cannot become CANCELLED',
          info: { from: 'SHIPPED', to: 'CANCELLED' },
        },
        unhandled: 'Task timed out after 10.00 seconds',
      });
    }
    // No such order is no error.
    expect(r['resolvers/Query.order.ts'].response({ identity: ANN, result: { data: null } })).toMatchObject({
      kind: 'value',
      value: null,
    });
  });

  describe('placeOrder', () => {
    const step = {
      getCart: 'resolvers/Mutation.placeOrder/1.getCart.ts',
      placeOrder: 'resolvers/Mutation.placeOrder/2.placeOrder.ts',
      clearUsedCart: 'resolvers/Mutation.placeOrder/3.clearUsedCart.ts',
    } as const;
    const withItems = {
      input: {
        items: [{ productId: 'p-a', quantity: 3 }],
        shippingAddress: ADDRESS,
        idempotencyKey: 'key-0001',
      },
    };
    const fromCart = { input: { promoCode: 'winter', shippingAddress: ADDRESS, idempotencyKey: 'key-0002' } };

    it('keys the cart by the caller and refuses callers without a user', () => {
      const index = r[PLACE_ORDER.file];
      expect(index.request({ identity: ANN, arguments: fromCart })).toMatchObject({
        kind: 'value',
        effects: { stash: { userId: 'ann-sub' } },
      });
      for (const identity of [null, IAM_CALLER]) {
        expect(index.request({ identity, arguments: fromCart })).toMatchObject({
          kind: 'error',
          error: { errorType: 'Unauthorized' },
        });
      }
      expect(index.response({ identity: ANN, arguments: fromCart, prev: { result: ORDER } })).toMatchObject({
        kind: 'value',
        value: ORDER,
      });
    });

    it('reads the stored cart, consistently, only when the items are omitted', () => {
      const getCart = r[step.getCart];
      for (const args of [withItems, { input: { ...withItems.input, items: [] } }]) {
        const skipped = getCart.request({ identity: ANN, arguments: args, stash: { userId: 'ann-sub' } });
        expect(skipped).toMatchObject({ kind: 'earlyReturn', skipTo: 'NEXT', value: null });
        expect(skipped.effects.stash).not.toHaveProperty('cart');
      }
      for (const args of [fromCart, { input: { ...fromCart.input, items: null } }]) {
        expect(
          getCart.request({ identity: ANN, arguments: args, stash: { userId: 'ann-sub' } }),
        ).toMatchObject({
          kind: 'value',
          value: { operation: 'GetItem', key: { userId: { S: 'ann-sub' } }, consistentRead: true },
        });
      }
      expect(
        getCart.response({ arguments: fromCart, stash: { userId: 'ann-sub' }, result: STORED }),
      ).toMatchObject({ kind: 'value', effects: { stash: { cart: STORED } } });
    });

    it('sends the given items, or the stored cart’s lines in the order they were added', () => {
      const place = r[step.placeOrder];
      expect(place.request({ identity: ANN, arguments: withItems, stash: { userId: 'ann-sub' } })).toEqual({
        kind: 'value',
        value: {
          operation: 'Invoke',
          payload: {
            operation: 'placeOrder',
            arguments: withItems,
            caller: { sub: 'ann-sub', admin: false },
          },
        },
        effects: expect.anything() as unknown,
      });
      expect(
        place.request({ identity: ANN, arguments: fromCart, stash: { userId: 'ann-sub', cart: STORED } }),
      ).toMatchObject({
        value: {
          payload: {
            operation: 'placeOrder',
            arguments: {
              input: {
                ...fromCart.input,
                items: [
                  { productId: 'p-b', quantity: 2 },
                  { productId: 'p-a', quantity: 1 },
                ],
              },
            },
            caller: { sub: 'ann-sub', admin: false },
          },
        },
      });
      // No cart, or an emptied one: no lines, which the function answers with its ValidationError.
      for (const cart of [null, { ...STORED, lines: {}, addedAt: {} }]) {
        expect(
          place.request({ identity: ANN, arguments: fromCart, stash: { userId: 'ann-sub', cart } }),
        ).toMatchObject({ value: { payload: { arguments: { input: { items: [] } } } } });
      }
    });

    it('deletes the used cart only at the version read, and nothing when the items were given', () => {
      const clear = r[step.clearUsedCart];
      expect(
        clear.request({
          identity: ANN,
          arguments: fromCart,
          stash: { userId: 'ann-sub', cart: STORED },
          prev: { result: ORDER },
        }),
      ).toEqual({
        kind: 'value',
        value: {
          operation: 'DeleteItem',
          key: { userId: { S: 'ann-sub' } },
          condition: {
            expression: '#version = :version',
            expressionNames: { '#version': 'version' },
            expressionValues: { ':version': { N: 4 } },
          },
        },
        effects: expect.anything() as unknown,
      });
      expect(
        clear.request({
          identity: ANN,
          arguments: withItems,
          stash: { userId: 'ann-sub' },
          prev: { result: ORDER },
        }),
      ).toMatchObject({ kind: 'earlyReturn', skipTo: 'NEXT', value: ORDER });
    });

    it('answers the order when the cart changed meanwhile, and reports other failures beside it', () => {
      const clear = r[step.clearUsedCart];
      const answer = (error?: { type: string; message: string }) =>
        clear.response({
          identity: ANN,
          arguments: fromCart,
          stash: { userId: 'ann-sub', cart: STORED },
          prev: { result: ORDER },
          result: error ? null : STORED,
          ...(error && { error }),
        });
      expect(answer()).toMatchObject({ kind: 'value', value: ORDER, effects: { errors: [] } });
      expect(
        answer({
          type: 'DynamoDB:ConditionalCheckFailedException',
          message: 'The conditional request failed',
        }),
      ).toMatchObject({ kind: 'value', value: ORDER, effects: { errors: [] } });
      expect(
        answer({ type: 'DynamoDB:ProvisionedThroughputExceededException', message: 'Rate exceeded' }),
      ).toMatchObject({
        kind: 'value',
        value: ORDER,
        effects: {
          errors: [
            { message: 'Rate exceeded', errorType: 'DynamoDB:ProvisionedThroughputExceededException' },
          ],
        },
      });
    });
  });
});

// One engine is enough here: the SQL is the orders function's, tested on both in functions/orders.
describe('the placeOrder pipeline over the carts table and the orders function', () => {
  const tables = {
    carts: uniqueTableName('carts'),
    promoCodes: uniqueTableName('promoCodes'),
    promoRedemptions: uniqueTableName('promoRedemptions'),
  };
  const ids = { tea: '', pot: '' };
  let dynamo: TestTwin;
  let db: TestDatabase;
  let resolver: LoadedResolver;
  /** Runs in the orders data source before the function: a concurrent change of the cart, say. */
  let beforeOrders: (() => Promise<void>) | null = null;
  let invoke: InvokeDataSource;

  beforeAll(async () => {
    dynamo = await startTestTwin();
    await createTables(dynamo.client, {
      [tables.carts]: shop.tables.carts!,
      [tables.promoCodes]: shop.tables.promoCodes!,
      [tables.promoRedemptions]: shop.tables.promoRedemptions!,
    });
    db = await startTestDatabase('sqlite');
    const sql = dataApiExecutor(db.client, db.target);
    const now = new Date().toISOString();
    for (const [name, stock] of [
      ['tea', 10],
      ['pot', 2],
    ] as const) {
      ids[name] = newId(Date.now(), randomBytes(10));
      await sql.execute(
        insertProduct({
          id: ids[name],
          sku: name.toUpperCase(),
          name,
          description: '',
          category: 'Test',
          priceCents: 500,
          imageUrl: null,
          stock,
          lowStockThreshold: 1,
          active: true,
          version: 1,
          createdAt: now,
          updatedAt: now,
        }),
      );
    }
    const ordersFunction = createLambdaDataSource(async (_name, event) => {
      await beforeOrders?.();
      const payload = await dispatch(event as OrdersEvent, {
        db: sql,
        currency: 'EUR',
        now: () => new Date(),
        newId: () => newId(Date.now(), randomBytes(10)),
        pageTokenKey: randomBytes(32),
        promoStanding: dynamoPromoStanding(dynamo.client, {
          codes: tables.promoCodes,
          redemptions: tables.promoRedemptions,
        }),
        redemptions: dynamoPromoRedemptions(dynamo.client, {
          codes: tables.promoCodes,
          redemptions: tables.promoRedemptions,
        }),
        enqueue: () => Promise.resolve(),
        // Placing tells nobody: the worker does once the order is processed.
        notifier: { publish: done, emailShopper: done, emailLowStock: done },
        log: () => undefined,
      });
      return { payload };
    }, 'orders');
    invoke = (dataSource, request) =>
      dataSource === 'carts'
        ? executeDynamoDbRequest(dynamo.client, tables.carts, request)
        : ordersFunction(request, 'placeOrder', undefined);

    const buildDir = mkdtempSync(path.join(tmpdir(), 'shopsync-place-order-'));
    try {
      await bundleResolvers([PLACE_ORDER.file, ...PLACE_ORDER.functions.map((fn) => fn.file)], {
        rootDir: ROOT_DIR,
        outDir: buildDir,
      });
      resolver = loadResolvers(
        { ...shop, resolvers: [PLACE_ORDER] },
        { buildDir, runtimeScript: runtimeScript(), timeoutMs: 1000 },
      ).get('Mutation.placeOrder')!;
    } finally {
      rmSync(buildDir, { recursive: true, force: true });
    }
  });

  afterAll(async () => {
    await db?.stop();
    await dynamo?.stop();
  });

  const placeOrder = (
    input: Omit<PlaceOrderInput, 'shippingAddress' | 'idempotencyKey'>,
  ): Promise<FieldOutcome> =>
    runResolver(
      resolver,
      {
        arguments: {
          input: {
            ...input,
            shippingAddress: ADDRESS,
            idempotencyKey: `key-${randomBytes(6).toString('hex')}`,
          },
        },
        identity: ANN,
        source: null,
        request: { headers: {}, domainName: null },
        info: {
          fieldName: 'placeOrder',
          parentTypeName: 'Mutation',
          variables: {},
          selectionSetList: [],
          selectionSetGraphQL: '',
        },
        env: { ...shop.api.environment },
      },
      { authType: 'User Pool Authorization', typeName: 'Mutation', fieldName: 'placeOrder' },
      invoke,
    );
  /** Stores Ann's cart at version 3 with `lines` in the order they were added (the map lists them reversed). */
  const storeCart = (lines: readonly (readonly [string, number])[]) =>
    dynamo.client.send(
      new PutItemCommand({
        TableName: tables.carts,
        Item: marshall({
          userId: 'ann-sub',
          lines: Object.fromEntries([...lines].reverse()),
          addedAt: Object.fromEntries(
            lines.map(([id], i) => [id, new Date(Date.UTC(2026, 11, 1, 10, 0, i)).toISOString()]),
          ),
          version: 3,
          updatedAt: '2026-12-01T10:00:00.000Z',
          expiresAt: 1_900_000_000,
        }),
      }),
    );
  const storedCart = async () => {
    const { Item } = await dynamo.client.send(
      new GetItemCommand({
        TableName: tables.carts,
        Key: { userId: { S: 'ann-sub' } },
        ConsistentRead: true,
      }),
    );
    return Item ? unmarshall(Item) : null;
  };

  it('places the stored cart’s lines in the order they were added, and deletes the cart', async () => {
    await storeCart([
      [ids.pot, 1],
      [ids.tea, 2],
    ]);
    const outcome = await placeOrder({});
    expect(outcome.error).toBeUndefined();
    expect(outcome.appended).toEqual([]);
    expect(outcome.value).toMatchObject({
      userId: 'ann-sub',
      status: 'PENDING',
      items: [
        { productId: ids.pot, quantity: 1 },
        { productId: ids.tea, quantity: 2 },
      ],
    });
    expect(await storedCart()).toBeNull();
  });

  it('places the given items and leaves the stored cart alone', async () => {
    await storeCart([[ids.pot, 1]]);
    const outcome = await placeOrder({ items: [{ productId: ids.tea, quantity: 1 }] });
    expect(outcome.value).toMatchObject({ items: [{ productId: ids.tea, quantity: 1 }] });
    expect(await storedCart()).toMatchObject({ lines: { [ids.pot]: 1 }, version: 3 });
  });

  it('keeps a cart changed while the order was placed, and still answers the order', async () => {
    await storeCart([[ids.tea, 1]]);
    // A line added from another tab between the read and the delete.
    beforeOrders = async () => {
      await dynamo.client.send(
        new UpdateItemCommand({
          TableName: tables.carts,
          Key: { userId: { S: 'ann-sub' } },
          UpdateExpression: 'SET #lines.#id = :one ADD #version :one',
          ExpressionAttributeNames: { '#lines': 'lines', '#id': ids.pot, '#version': 'version' },
          ExpressionAttributeValues: { ':one': { N: '1' } },
        }),
      );
    };
    try {
      const outcome = await placeOrder({});
      expect(outcome.error).toBeUndefined();
      expect(outcome.appended).toEqual([]);
      expect(outcome.value).toMatchObject({
        status: 'PENDING',
        items: [{ productId: ids.tea, quantity: 1 }],
      });
    } finally {
      beforeOrders = null;
    }
    expect(await storedCart()).toMatchObject({ lines: { [ids.tea]: 1, [ids.pot]: 1 }, version: 4 });
  });

  it('fails with the function’s errorType and errorInfo, and keeps the cart', async () => {
    await storeCart([[ids.pot, 5]]);
    const outOfStock = await placeOrder({});
    expect(outOfStock).toMatchObject({
      value: null,
      error: { errorType: 'OutOfStock', errorInfo: { productId: ids.pot, available: 2 } },
    });
    expect(await storedCart()).toMatchObject({ lines: { [ids.pot]: 5 }, version: 3 });

    const promo = await placeOrder({ items: [{ productId: ids.tea, quantity: 1 }], promoCode: 'nosuchcode' });
    expect(promo).toMatchObject({
      value: null,
      error: { errorType: 'PromoCodeInvalid', errorInfo: { code: 'NOSUCHCODE', reason: 'UNKNOWN' } },
    });
  });

  it('sends no lines for an absent cart, which the function refuses', async () => {
    await dynamo.client.send(
      new DeleteItemCommand({ TableName: tables.carts, Key: { userId: { S: 'ann-sub' } } }),
    );
    expect(await placeOrder({})).toMatchObject({
      value: null,
      error: { errorType: 'ValidationError', errorInfo: { field: 'input.items' } },
    });
  });
});
