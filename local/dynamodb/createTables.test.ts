import {
  DescribeTableCommand,
  DescribeTimeToLiveCommand,
  GetItemCommand,
  ListTablesCommand,
  PutItemCommand,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TableSpec } from '../../infra/description.js';
import { shop } from '../../infra/shop.js';
import { createTableInput } from './createTableInput.js';
import { createTables } from './createTables.js';
import { external, startTestTwin, uniqueTableName } from '../../test/support/testTwin.js';
import type { TestTwin } from '../../test/support/testTwin.js';

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
  // The tables of shop.tables under names of this file's own.
  const renamed = Object.entries(shop.tables).map(
    ([name, spec]) => [name, uniqueTableName(name), spec] as const,
  );
  const names: Readonly<Record<string, string>> = Object.fromEntries(
    renamed.map(([name, unique]) => [name, unique] as const),
  );
  const tables: Readonly<Record<string, TableSpec>> = Object.fromEntries(
    renamed.map(([, unique, spec]) => [unique, spec] as const),
  );
  let t: TestTwin;
  beforeAll(async () => {
    t = await startTestTwin();
  });
  afterAll(() => t.stop());

  it('creates every table of shop.tables, ACTIVE, with its indexes and TTL', async () => {
    expect(await createTables(t.client, tables)).toEqual(Object.keys(tables));
    const { TableNames = [] } = await t.client.send(new ListTablesCommand({}));
    // An external engine also holds the tables of the test files running beside this one.
    expect(external ? TableNames.filter((name) => name in tables) : TableNames).toEqual(
      Object.keys(tables).sort(),
    );
    for (const [name, spec] of Object.entries(tables)) {
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
    expect(await createTables(t.client, tables)).toEqual([]);
    const { TimeToLiveDescription } = await t.client.send(
      new DescribeTimeToLiveCommand({ TableName: names.carts }),
    );
    expect(TimeToLiveDescription).toEqual({ TimeToLiveStatus: 'ENABLED', AttributeName: 'expiresAt' });
  });

  it('creates an empty table anew when the description gained an index, and refuses to drop items', async () => {
    const name = uniqueTableName('grown');
    const before: TableSpec = { description: 'grown', partitionKey: { name: 'code', type: 'S' } };
    const after: TableSpec = {
      ...before,
      indexes: [{ name: 'byList', partitionKey: { name: 'list', type: 'S' } }],
    };
    const indexesOf = async (): Promise<(string | undefined)[]> => {
      const { Table } = await t.client.send(new DescribeTableCommand({ TableName: name }));
      return (Table?.GlobalSecondaryIndexes ?? []).map((index) => index.IndexName);
    };
    expect(await createTables(t.client, { [name]: before })).toEqual([name]);
    expect(await createTables(t.client, { [name]: after })).toEqual([name]);
    expect(await indexesOf()).toEqual(['byList']);

    const full = uniqueTableName('full');
    await createTables(t.client, { [full]: before });
    await t.client.send(new PutItemCommand({ TableName: full, Item: { code: { S: 'KEEP' } } }));
    await expect(createTables(t.client, { [full]: after })).rejects.toThrow(
      `DynamoDB table ${full} lacks the index byList of the stack description and holds items`,
    );
    const { Item } = await t.client.send(
      new GetItemCommand({ TableName: full, Key: { code: { S: 'KEEP' } } }),
    );
    expect(Item).toEqual({ code: { S: 'KEEP' } });
  });

  // The twin's boot option `tables`; an external engine is started by someone else.
  it.skipIf(external)('creates the tables when the twin starts with them', async () => {
    const booted = await startTestTwin({ tables: shop.tables });
    try {
      const { TableNames } = await booted.client.send(new ListTablesCommand({}));
      expect(TableNames).toEqual(Object.keys(shop.tables).sort());
    } finally {
      await booted.stop();
    }
  });
});
