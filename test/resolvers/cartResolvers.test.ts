// The cart pipelines' steps, each bundled as `npm run build` bundles it and run in the AppSync twin's
// sandbox: the DynamoDB and Lambda requests they build, and how they read the answers. The whole flow
// runs against the twin in test/cart.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { shop } from '../../infra/shop.js';
import { cognitoCaller, sandboxResolvers } from '../support/resolverSandbox.js';
import type { SandboxedResolver } from '../support/resolverSandbox.js';

const FILES = [
  'resolvers/Query.cart/index.ts',
  'resolvers/Query.cart/1.getCart.ts',
  'resolvers/Query.cart/2.priceCart.ts',
  'resolvers/Mutation.setCartItem/index.ts',
  'resolvers/Mutation.setCartItem/1.checkProduct.ts',
  'resolvers/Mutation.setCartItem/2.createCart.ts',
  'resolvers/Mutation.setCartItem/3.setLine.ts',
  'resolvers/Mutation.mergeCart/3.writeCart.ts',
  'resolvers/Mutation.clearCart.ts',
] as const;
const ANN = cognitoCaller('ann-sub');
const TTL = Number(shop.api.environment.CART_TTL_SECONDS);
const product = (id: string, cents: number) => ({ id, name: id, price: { cents, currency: 'EUR' } });
const stored = {
  userId: 'ann-sub',
  lines: { 'p-b': 2, 'p-a': 1 },
  addedAt: { 'p-b': '2026-12-01T10:00:00.000Z', 'p-a': '2026-12-01T10:00:01.000Z' },
  version: 4,
  updatedAt: '2026-12-01T10:00:01.000Z',
  expiresAt: 1_800_000_000,
};

describe('the cart resolvers in the sandbox', () => {
  let r: Readonly<Record<(typeof FILES)[number], SandboxedResolver>>;
  beforeAll(async () => {
    r = await sandboxResolvers(FILES);
  });

  it('keys the cart by the caller, never by an argument, and refuses callers without a user', () => {
    const before = r['resolvers/Query.cart/index.ts'].request({
      identity: ANN,
      arguments: { userId: 'bob' },
    });
    expect(before).toMatchObject({ kind: 'value', effects: { stash: { userId: 'ann-sub' } } });
    const anonymous = r['resolvers/Query.cart/index.ts'].request({ identity: null });
    expect(anonymous).toMatchObject({ kind: 'error', error: { errorType: 'Unauthorized' } });
    expect(r['resolvers/Query.cart/1.getCart.ts'].request({ stash: { userId: 'ann-sub' } })).toMatchObject({
      value: { operation: 'GetItem', key: { userId: { S: 'ann-sub' } }, consistentRead: true },
    });
  });

  it('prices a cart with one productsByIds call of its ids in the order added, and skips it when empty', () => {
    const price = r['resolvers/Query.cart/2.priceCart.ts'];
    expect(price.request({ identity: ANN, stash: { userId: 'ann-sub', cart: stored } })).toMatchObject({
      kind: 'value',
      value: {
        operation: 'Invoke',
        payload: {
          operation: 'productsByIds',
          arguments: { ids: ['p-b', 'p-a'] },
          caller: { sub: 'ann-sub', admin: false },
        },
      },
    });
    expect(price.request({ identity: ANN, stash: { userId: 'ann-sub', cart: null } })).toMatchObject({
      kind: 'earlyReturn',
      value: [],
      effects: { stash: { products: [] } },
    });
    // The catalog's expected failures become the field's error.
    const failed = price.response({
      stash: {},
      result: { error: { type: 'ValidationError', message: 'ids: too many', info: { field: 'ids' } } },
    });
    expect(failed).toMatchObject({
      kind: 'error',
      error: { errorType: 'ValidationError', errorInfo: { field: 'ids' } },
    });
  });

  it('answers the cart with archived products as null lines outside the subtotal', () => {
    const after = r['resolvers/Query.cart/index.ts'].response({
      stash: { userId: 'ann-sub', cart: stored, products: [product('p-a', 250)] },
    });
    expect(after).toMatchObject({
      kind: 'value',
      value: {
        items: [
          { productId: 'p-b', quantity: 2, product: null },
          { productId: 'p-a', quantity: 1, product: product('p-a', 250) },
        ],
        subtotal: { cents: 250, currency: 'EUR' },
        updatedAt: stored.updatedAt,
      },
    });
  });

  it('validates setCartItem before any data source is called', () => {
    const index = r['resolvers/Mutation.setCartItem/index.ts'];
    expect(index.request({ identity: ANN, arguments: { productId: 'p-a', quantity: 100 } })).toMatchObject({
      kind: 'error',
      error: { errorType: 'ValidationError', errorInfo: { field: 'quantity' } },
    });
    expect(index.request({ identity: ANN, arguments: { productId: 'p-a', quantity: 0 } }).kind).toBe('value');
    const check = r['resolvers/Mutation.setCartItem/1.checkProduct.ts'];
    expect(check.request({ identity: ANN, arguments: { productId: 'p-a', quantity: 0 } }).kind).toBe(
      'earlyReturn',
    );
    expect(
      check.response({ arguments: { productId: 'p-x', quantity: 1 }, result: { data: [] } }),
    ).toMatchObject({
      kind: 'error',
      error: { errorType: 'NotFound', errorInfo: { id: 'p-x' } },
    });
  });

  it('creates a missing cart with a condition, and takes an existing one as it is', () => {
    const create = r['resolvers/Mutation.setCartItem/2.createCart.ts'];
    const outcome = create.request({ stash: { userId: 'ann-sub' } });
    expect(outcome).toMatchObject({
      kind: 'value',
      value: {
        operation: 'PutItem',
        key: { userId: { S: 'ann-sub' } },
        attributeValues: { lines: { M: {} }, addedAt: { M: {} }, version: { N: 0 } },
        condition: { expression: 'attribute_not_exists(#userId)' },
      },
    });
    const expiresAt = Number(
      (outcome as { value: { attributeValues: { expiresAt: { N: number } } } }).value.attributeValues
        .expiresAt.N,
    );
    expect(expiresAt).toBeGreaterThan(Date.now() / 1000 + TTL - 60);
    expect(
      create.response({
        stash: {},
        error: { type: 'DynamoDB:ConditionalCheckFailedException', message: 'exists' },
      }).kind,
    ).toBe('value');
    expect(
      create.response({
        stash: {},
        error: { type: 'DynamoDB:ProvisionedThroughputExceededException', message: 'slow' },
      }).kind,
    ).toBe('error');
  });

  it('sets one map path atomically, under 50 lines, and removes with REMOVE', () => {
    const setLine = r['resolvers/Mutation.setCartItem/3.setLine.ts'];
    const set = setLine.request({
      stash: { userId: 'ann-sub' },
      arguments: { productId: 'p-a', quantity: 3 },
    });
    expect(set).toMatchObject({
      kind: 'value',
      value: {
        operation: 'UpdateItem',
        key: { userId: { S: 'ann-sub' } },
        update: {
          expression:
            'SET #lines.#id = :quantity, #addedAt.#id = if_not_exists(#addedAt.#id, :now), #updatedAt = :now, #expiresAt = :expiresAt ADD #version :one',
          expressionNames: { '#lines': 'lines', '#addedAt': 'addedAt', '#id': 'p-a' },
          expressionValues: { ':quantity': { N: 3 }, ':one': { N: 1 } },
        },
        condition: {
          expression: 'attribute_exists(#lines.#id) OR size(#lines) < :maxLines',
          expressionValues: { ':maxLines': { N: 50 } },
        },
      },
    });
    const remove = setLine.request({
      stash: { userId: 'ann-sub' },
      arguments: { productId: 'p-a', quantity: 0 },
    });
    expect(remove).toMatchObject({
      value: {
        update: {
          expression:
            'REMOVE #lines.#id, #addedAt.#id SET #updatedAt = :now, #expiresAt = :expiresAt ADD #version :one',
        },
      },
    });
    expect((remove as { value: { condition?: unknown } }).value.condition).toBeUndefined();
    const full = setLine.response({
      stash: {},
      arguments: { productId: 'p-a', quantity: 3 },
      error: { type: 'DynamoDB:ConditionalCheckFailedException', message: 'failed' },
    });
    expect(full).toMatchObject({
      kind: 'error',
      error: { errorType: 'ValidationError', errorInfo: { field: 'productId' } },
    });
  });

  it('merges into the version read: adds quantities up to 99, drops unknown products, appends in order', () => {
    const write = r['resolvers/Mutation.mergeCart/3.writeCart.ts'];
    const outcome = write.request({
      stash: {
        userId: 'ann-sub',
        cart: stored,
        products: [product('p-a', 1), product('p-b', 1), product('p-c', 1), product('p-d', 1)],
      },
      arguments: {
        items: [
          { productId: 'p-d', quantity: 1 },
          { productId: 'p-gone', quantity: 1 },
          { productId: 'p-b', quantity: 98 },
          { productId: 'p-c', quantity: 4 },
        ],
      },
    });
    expect(outcome).toMatchObject({
      kind: 'value',
      value: {
        operation: 'PutItem',
        attributeValues: {
          lines: { M: { 'p-a': { N: 1 }, 'p-b': { N: 99 }, 'p-c': { N: 4 }, 'p-d': { N: 1 } } },
          version: { N: 5 },
        },
        condition: { expression: '#version = :version', expressionValues: { ':version': { N: 4 } } },
      },
    });
    const addedAt = (
      outcome as { value: { attributeValues: { addedAt: { M: Record<string, { S: string }> } } } }
    ).value.attributeValues.addedAt.M;
    expect(addedAt['p-b']).toEqual({ S: stored.addedAt['p-b'] });
    expect(addedAt['p-d']!.S < addedAt['p-c']!.S).toBe(true);

    const conflict = write.response({
      stash: {},
      arguments: { items: [] },
      error: { type: 'DynamoDB:ConditionalCheckFailedException', message: 'failed' },
    });
    expect(conflict).toMatchObject({ kind: 'error', error: { errorType: 'Conflict' } });
  });

  it('clears with a DeleteItem of the caller’s cart and answers the empty cart', () => {
    const clear = r['resolvers/Mutation.clearCart.ts'];
    expect(clear.request({ identity: ANN })).toMatchObject({
      value: { operation: 'DeleteItem', key: { userId: { S: 'ann-sub' } } },
    });
    expect(clear.response({ identity: ANN, result: stored })).toMatchObject({
      value: { items: [], subtotal: { cents: 0, currency: 'EUR' }, updatedAt: null },
    });
  });
});
