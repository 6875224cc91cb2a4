import { DescribeTableCommand, DescribeTimeToLiveCommand, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shop } from '../../infra/shop.js';
import { createTableInput } from './createTableInput.js';
import { createTables } from './createTables.js';
import { startTestTwin } from './testTwin.js';
import type { TestTwin } from './testTwin.js';

describe('createTableInput', () => {
  it('builds an on-demand table with its key and its indexes projecting all attributes', () => {
    expect(
      createTableInput('promoRedemptions', {
        description: 'redemptions',
        partitionKey: { name: 'code', type: 'S' },
        sortKey: { name: 'orderId', type: 'S' },
        indexes: [
          {
            name: 'byUser',
            partitionKey: { name: 'userId', type: 'S' },
            sortKey: { name: 'redeemedAt', type: 'N' },
          },
        ],
      }),
    ).toEqual({
      TableName: 'promoRedemptions',
      BillingMode: 'PAY_PER_REQUEST',
      KeySchema: [
        { AttributeName: 'code', KeyType: 'HASH' },
        { AttributeName: 'orderId', KeyType: 'RANGE' },
      ],
      AttributeDefinitions: [
        { AttributeName: 'code', AttributeType: 'S' },
        { AttributeName: 'orderId', AttributeType: 'S' },
        { AttributeName: 'userId', AttributeType: 'S' },
        { AttributeName: 'redeemedAt', AttributeType: 'N' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: 'byUser',
          KeySchema: [
            { AttributeName: 'userId', KeyType: 'HASH' },
            { AttributeName: 'redeemedAt', KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        },
      ],
    });
  });

  it('names each attribute once when an index shares it with the table', () => {
    const input = createTableInput('t-shared', {
      description: 'shared',
      partitionKey: { name: 'id', type: 'S' },
      indexes: [{ name: 'byId', partitionKey: { name: 'id', type: 'S' } }],
    });
    expect(input.AttributeDefinitions).toEqual([{ AttributeName: 'id', AttributeType: 'S' }]);
  });
});

describe('createTables with the stack description', () => {
  let t: TestTwin;
  beforeAll(async () => {
    t = await startTestTwin();
  });
  afterAll(() => t.stop());

  it('creates every table of shop.tables, ACTIVE, with its indexes and TTL', async () => {
    expect(await createTables(t.client, shop.tables)).toEqual(Object.keys(shop.tables));
    const { TableNames } = await t.client.send(new ListTablesCommand({}));
    expect(TableNames).toEqual(Object.keys(shop.tables).sort());
    for (const [name, spec] of Object.entries(shop.tables)) {
      const { Table } = await t.client.send(new DescribeTableCommand({ TableName: name }));
      expect(Table?.TableStatus).toBe('ACTIVE');
      expect(Table?.KeySchema?.[0]).toEqual({ AttributeName: spec.partitionKey.name, KeyType: 'HASH' });
      expect((Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName)).toEqual(
        (spec.indexes ?? []).map((index) => index.name),
      );
      const { TimeToLiveDescription } = await t.client.send(
        new DescribeTimeToLiveCommand({ TableName: name }),
      );
      expect(TimeToLiveDescription).toEqual(
        spec.ttlAttribute
          ? { TimeToLiveStatus: 'ENABLED', AttributeName: spec.ttlAttribute }
          : { TimeToLiveStatus: 'DISABLED' },
      );
    }
  });

  it('is idempotent: a second run creates nothing and changes nothing', async () => {
    expect(await createTables(t.client, shop.tables)).toEqual([]);
    const { TimeToLiveDescription } = await t.client.send(
      new DescribeTimeToLiveCommand({ TableName: 'carts' }),
    );
    expect(TimeToLiveDescription).toEqual({ TimeToLiveStatus: 'ENABLED', AttributeName: 'expiresAt' });
  });

  it('creates the tables when the twin starts with them', async () => {
    const booted = await startTestTwin({ tables: shop.tables });
    try {
      const { TableNames } = await booted.client.send(new ListTablesCommand({}));
      expect(TableNames).toEqual(Object.keys(shop.tables).sort());
    } finally {
      await booted.stop();
    }
  });
});
