import {
  ConditionalCheckFailedException,
  CreateTableCommand,
  DeleteItemCommand,
  ExecuteStatementCommand,
  GetItemCommand,
  PutItemCommand,
  QueryCommand,
  ResourceNotFoundException,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { external, startTestTwin, uniqueTableName } from '../../test/support/testTwin.js';
import type { TestTwin } from '../../test/support/testTwin.js';
import { waitUntilActive } from './waitUntilActive.js';

// What dynalite implements reaches it through the front server unchanged.
describe('DynamoDB twin front: operations forwarded to dynalite', () => {
  const orders = uniqueTableName('orders');
  let t: TestTwin;
  beforeAll(async () => {
    t = await startTestTwin();
    await t.client.send(
      new CreateTableCommand({
        TableName: orders,
        BillingMode: 'PAY_PER_REQUEST',
        KeySchema: [
          { AttributeName: 'userId', KeyType: 'HASH' },
          { AttributeName: 'orderId', KeyType: 'RANGE' },
        ],
        AttributeDefinitions: [
          { AttributeName: 'userId', AttributeType: 'S' },
          { AttributeName: 'orderId', AttributeType: 'S' },
          { AttributeName: 'status', AttributeType: 'S' },
        ],
        GlobalSecondaryIndexes: [
          {
            IndexName: 'byStatus',
            KeySchema: [
              { AttributeName: 'status', KeyType: 'HASH' },
              { AttributeName: 'orderId', KeyType: 'RANGE' },
            ],
            Projection: { ProjectionType: 'ALL' },
          },
        ],
      }),
    );
    await waitUntilActive(t.client, orders);
  });
  afterAll(() => t.stop());

  it('puts, gets, updates and deletes an item', async () => {
    const Key = { userId: { S: 'u-1' }, orderId: { S: 'o-1' } };
    await t.client.send(
      new PutItemCommand({ TableName: orders, Item: { ...Key, totalCents: { N: '1250' } } }),
    );
    await t.client.send(
      new UpdateItemCommand({
        TableName: orders,
        Key,
        UpdateExpression: 'SET totalCents = totalCents + :more',
        ExpressionAttributeValues: { ':more': { N: '50' } },
      }),
    );
    const { Item } = await t.client.send(
      new GetItemCommand({ TableName: orders, Key, ConsistentRead: true }),
    );
    expect(Item).toEqual({ ...Key, totalCents: { N: '1300' } });
    await t.client.send(new DeleteItemCommand({ TableName: orders, Key }));
    expect((await t.client.send(new GetItemCommand({ TableName: orders, Key }))).Item).toBeUndefined();
  });

  it('queries the table and a global secondary index', async () => {
    for (const [orderId, status] of [
      ['o-2', 'PENDING'],
      ['o-3', 'CONFIRMED'],
      ['o-4', 'PENDING'],
    ] as const) {
      await t.client.send(
        new PutItemCommand({
          TableName: orders,
          Item: { userId: { S: 'u-2' }, orderId: { S: orderId }, status: { S: status } },
        }),
      );
    }
    const mine = await t.client.send(
      new QueryCommand({
        TableName: orders,
        KeyConditionExpression: 'userId = :u AND begins_with(orderId, :o)',
        ExpressionAttributeValues: { ':u': { S: 'u-2' }, ':o': { S: 'o-' } },
        ScanIndexForward: false,
      }),
    );
    expect(mine.Items?.map((item) => item.orderId?.S)).toEqual(['o-4', 'o-3', 'o-2']);
    const pending = await t.client.send(
      new QueryCommand({
        TableName: orders,
        IndexName: 'byStatus',
        KeyConditionExpression: '#s = :s',
        ExpressionAttributeNames: { '#s': 'status' },
        ExpressionAttributeValues: { ':s': { S: 'PENDING' } },
      }),
    );
    expect(pending.Items?.map((item) => item.orderId?.S)).toEqual(['o-2', 'o-4']);
  });

  it("answers dynalite's errors as they are", async () => {
    const Item = { userId: { S: 'u-3' }, orderId: { S: 'o-1' } };
    await t.client.send(new PutItemCommand({ TableName: orders, Item }));
    const conditional = t.client.send(
      new PutItemCommand({ TableName: orders, Item, ConditionExpression: 'attribute_not_exists(userId)' }),
    );
    await expect(conditional).rejects.toBeInstanceOf(ConditionalCheckFailedException);
    await expect(conditional).rejects.toThrow('The conditional request failed');
    await expect(
      t.client.send(new GetItemCommand({ TableName: 'nowhere', Key: { id: { S: 'x' } } })),
    ).rejects.toBeInstanceOf(ResourceNotFoundException);
  });

  // A gap of the twin, not DynamoDB behaviour: DynamoDB Local (like AWS) runs the statement.
  it.skipIf(external)(
    'answers UnknownOperationException for what neither dynalite nor the twin implements (PartiQL)',
    async () => {
      const error: unknown = await t.client
        .send(new ExecuteStatementCommand({ Statement: `SELECT * FROM "${orders}"` }))
        .catch((e: unknown) => e);
      expect(error).toMatchObject({ name: 'UnknownOperationException', $metadata: { httpStatusCode: 400 } });
    },
  );

  // The twin's own start-up; an external engine was started by someone else.
  it.skipIf(external)('refuses a taken port at start, naming the service', async () => {
    const port = Number(new URL(t.twin.endpoint).port);
    await expect(startTestTwin({ port })).rejects.toThrow(`Port ${port} for dynamodb is already in use`);
  });
});
