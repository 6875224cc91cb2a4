// The promo code resolvers, bundled as `npm run build` bundles them and run in the AppSync twin's
// sandbox: the DynamoDB requests they build. The whole flow runs against the twin in
// test/promoCodes.test.ts.
import { beforeAll, describe, expect, it } from 'vitest';
import { cognitoCaller, sandboxResolvers } from '../support/resolverSandbox.js';
import type { SandboxedResolver } from '../support/resolverSandbox.js';

const FILES = [
  'resolvers/Mutation.createPromoCode.ts',
  'resolvers/Mutation.updatePromoCode/index.ts',
  'resolvers/Mutation.updatePromoCode/2.savePromoCode.ts',
  'resolvers/Query.promoCodes.ts',
  'resolvers/Query.quotePromoCode/index.ts',
  'resolvers/Query.quotePromoCode/2.countCustomerRedemptions.ts',
] as const;
const ADMIN = cognitoCaller('admin-sub', ['admins']);
const ANN = cognitoCaller('ann-sub');
const STORED = {
  code: 'WINTER',
  listKey: 'ALL',
  kind: 'PERCENT',
  value: 10,
  maxRedemptions: 10,
  startsAtMs: 1_780_000_000_000,
  active: true,
  redemptions: 4,
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
};

describe('the promo code resolvers in the sandbox', () => {
  let r: Readonly<Record<(typeof FILES)[number], SandboxedResolver>>;
  beforeAll(async () => {
    r = await sandboxResolvers(FILES);
  });

  it('creates a code with a condition that it does not exist, listed under the byCode index', () => {
    const outcome = r['resolvers/Mutation.createPromoCode.ts'].request({
      identity: ADMIN,
      arguments: {
        input: {
          code: 'winter',
          kind: 'FIXED',
          value: 500,
          perCustomerLimit: 1,
          expiresAt: '2027-01-01T00:00:00+01:00',
        },
      },
    });
    expect(outcome).toMatchObject({
      kind: 'value',
      value: {
        operation: 'PutItem',
        key: { code: { S: 'WINTER' } },
        attributeValues: {
          listKey: { S: 'ALL' },
          kind: { S: 'FIXED' },
          value: { N: 500 },
          perCustomerLimit: { N: 1 },
          expiresAtMs: { N: Date.parse('2026-12-31T23:00:00Z') },
          active: { BOOL: true },
          redemptions: { N: 0 },
        },
        condition: { expression: 'attribute_not_exists(#code)' },
      },
    });
    const attributes = (outcome as { value: { attributeValues: Record<string, unknown> } }).value
      .attributeValues;
    expect(Object.keys(attributes)).not.toContain('maxRedemptions'); // an absent limit is not stored
    expect(
      r['resolvers/Mutation.createPromoCode.ts'].request({ identity: ANN, arguments: { input: {} } }),
    ).toMatchObject({
      kind: 'error',
      error: { errorType: 'Unauthorized' },
    });
  });

  it('updates only the given fields, removes nulls, and guards a lowered maxRedemptions', () => {
    const outcome = r['resolvers/Mutation.updatePromoCode/2.savePromoCode.ts'].request({
      identity: ADMIN,
      stash: { code: 'WINTER', promo: STORED },
      arguments: { code: 'winter', input: { value: 20, maxRedemptions: 6, startsAt: null } },
    });
    expect(outcome).toMatchObject({
      kind: 'value',
      value: {
        operation: 'UpdateItem',
        key: { code: { S: 'WINTER' } },
        update: {
          expression:
            'SET #updatedAt = :updatedAt, #value = :value, #maxRedemptions = :maxRedemptions REMOVE #startsAtMs',
          expressionValues: { ':value': { N: 20 }, ':maxRedemptions': { N: 6 } },
        },
        condition: {
          expression: 'attribute_exists(#code) AND #redemptions <= :maxRedemptions',
          expressionValues: { ':maxRedemptions': { N: 6 } },
        },
      },
    });
    const below = r['resolvers/Mutation.updatePromoCode/2.savePromoCode.ts'].request({
      stash: { code: 'WINTER', promo: STORED },
      arguments: { code: 'WINTER', input: { maxRedemptions: 3 } },
    });
    expect(below).toMatchObject({
      kind: 'error',
      error: { errorType: 'ValidationError', errorInfo: { field: 'input.maxRedemptions', redemptions: 4 } },
    });
    expect(
      r['resolvers/Mutation.updatePromoCode/index.ts'].request({
        identity: ADMIN,
        arguments: { code: ' winter ', input: {} },
      }),
    ).toMatchObject({ kind: 'value', effects: { stash: { code: 'WINTER' } } });
  });

  it('lists codes from the byCode index with the page size asked', () => {
    expect(
      r['resolvers/Query.promoCodes.ts'].request({
        identity: ADMIN,
        arguments: { limit: 5, nextToken: 'abc' },
      }),
    ).toMatchObject({
      kind: 'value',
      value: {
        operation: 'Query',
        index: 'byCode',
        query: { expression: '#listKey = :listKey', expressionValues: { ':listKey': { S: 'ALL' } } },
        limit: 5,
        nextToken: 'abc',
      },
    });
  });

  it("counts the caller's redemptions of the code from the byUser index, only when it has a per-customer limit", () => {
    const count = r['resolvers/Query.quotePromoCode/2.countCustomerRedemptions.ts'];
    expect(
      count.request({
        identity: ANN,
        stash: { userId: 'ann-sub', promo: { ...STORED, perCustomerLimit: 2 } },
      }),
    ).toMatchObject({
      kind: 'value',
      value: {
        operation: 'Query',
        index: 'byUser',
        query: { expressionValues: { ':userId': { S: 'ann-sub' } } },
        filter: { expression: '#code = :code', expressionValues: { ':code': { S: 'WINTER' } } },
      },
    });
    expect(count.request({ identity: ANN, stash: { userId: 'ann-sub', promo: STORED } })).toMatchObject({
      kind: 'earlyReturn',
      effects: { stash: { customerRedemptions: 0 } },
    });
    expect(count.request({ identity: ANN, stash: { userId: 'ann-sub', promo: null } }).kind).toBe(
      'earlyReturn',
    );
  });

  it('quotes with the shared rules from what the steps read', () => {
    const quote = r['resolvers/Query.quotePromoCode/index.ts'].response({
      identity: ANN,
      arguments: { code: 'winter', subtotalCents: 1005 },
      stash: { code: 'WINTER', promo: { ...STORED, startsAtMs: null }, customerRedemptions: 0 },
    });
    expect(quote).toMatchObject({
      kind: 'value',
      value: { code: 'WINTER', valid: true, reason: null, discount: { cents: 101, currency: 'EUR' } },
    });
  });
});
