import {
  DynamoDBServiceException,
  GetItemCommand,
  PutItemCommand,
  ResourceNotFoundException,
  TransactionCanceledException,
  TransactWriteItemsCommand,
  UpdateItemCommand,
} from '@aws-sdk/client-dynamodb';
import type { AttributeValue, TransactWriteItem } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeyTable, startTestTwin, uniqueTableName } from '../../test/support/testTwin.js';
import type { TestTwin } from '../../test/support/testTwin.js';

type Item = Record<string, AttributeValue>;
const key = (pk: string): Item => ({ pk: { S: pk } });

describe('TransactWriteItems', () => {
  const stock = uniqueTableName('stock');
  const ledger = uniqueTableName('ledger');
  let t: TestTwin;
  beforeAll(async () => {
    t = await startTestTwin();
    await createKeyTable(t.client, stock);
    await createKeyTable(t.client, ledger, true);
  });
  afterAll(() => t.stop());

  const put = (TableName: string, Item: Item) => t.client.send(new PutItemCommand({ TableName, Item }));
  const get = async (TableName: string, Key: Item): Promise<Item | undefined> =>
    (await t.client.send(new GetItemCommand({ TableName, Key, ConsistentRead: true }))).Item;
  const transact = (TransactItems: TransactWriteItem[]) =>
    t.client.send(new TransactWriteItemsCommand({ TransactItems }));
  const failure = (TransactItems: TransactWriteItem[]): Promise<unknown> =>
    transact(TransactItems).then(
      () => expect.unreachable('the transaction should fail'),
      (error: unknown) => error,
    );
  const decrement = (pk: string, quantity: number, onFailure?: 'ALL_OLD'): TransactWriteItem => ({
    Update: {
      TableName: stock,
      Key: key(pk),
      UpdateExpression: 'SET stock = stock - :q',
      ConditionExpression: 'stock >= :q',
      ExpressionAttributeValues: { ':q': { N: String(quantity) } },
      ...(onFailure && { ReturnValuesOnConditionCheckFailure: onFailure }),
    },
  });

  it('applies every action across two tables', async () => {
    await put(stock, { ...key('sku-1'), stock: { N: '5' } });
    await put(stock, { ...key('sku-gone'), stock: { N: '0' } });
    await put(stock, { ...key('sku-check'), active: { BOOL: true } });
    await transact([
      decrement('sku-1', 2),
      {
        Put: { TableName: ledger, Item: { ...key('order-1'), sk: { S: 'line-1' }, quantity: { N: '2' } } },
      },
      {
        Delete: {
          TableName: stock,
          Key: key('sku-gone'),
          ConditionExpression: 'stock = :zero',
          ExpressionAttributeValues: { ':zero': { N: '0' } },
        },
      },
      {
        ConditionCheck: {
          TableName: stock,
          Key: key('sku-check'),
          ConditionExpression: 'active = :yes',
          ExpressionAttributeValues: { ':yes': { BOOL: true } },
        },
      },
    ]);
    expect(await get(stock, key('sku-1'))).toEqual({ ...key('sku-1'), stock: { N: '3' } });
    expect(await get(ledger, { ...key('order-1'), sk: { S: 'line-1' } })).toMatchObject({
      quantity: { N: '2' },
    });
    expect(await get(stock, key('sku-gone'))).toBeUndefined();
    expect(await get(stock, key('sku-check'))).toEqual({ ...key('sku-check'), active: { BOOL: true } });
  });

  it('cancels everything when a ConditionCheck fails, with one reason per action in order', async () => {
    await put(stock, { ...key('sku-2'), stock: { N: '1' } });
    await put(stock, { ...key('sku-2b'), stock: { N: '1' } });
    const error = await failure([
      { Put: { TableName: ledger, Item: { ...key('order-2'), sk: { S: 'line-1' } } } },
      {
        ConditionCheck: {
          TableName: stock,
          Key: key('sku-2'),
          ConditionExpression: 'stock >= :q',
          ExpressionAttributeValues: { ':q': { N: '5' } },
        },
      },
      {
        ConditionCheck: {
          TableName: stock,
          Key: key('sku-missing'),
          ConditionExpression: 'attribute_exists(pk)',
        },
      },
      decrement('sku-2b', 1),
    ]);
    expect(error).toBeInstanceOf(TransactionCanceledException);
    const cancelled = error as TransactionCanceledException;
    expect(cancelled.message).toBe(
      'Transaction cancelled, please refer cancellation reasons for specific reasons [None, ConditionalCheckFailed, ConditionalCheckFailed, None]',
    );
    expect(cancelled.$metadata.httpStatusCode).toBe(400);
    expect(cancelled.CancellationReasons).toEqual([
      { Code: 'None' },
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' },
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' },
      { Code: 'None' },
    ]);
    expect(await get(ledger, { ...key('order-2'), sk: { S: 'line-1' } })).toBeUndefined();
    expect(await get(stock, key('sku-2'))).toEqual({ ...key('sku-2'), stock: { N: '1' } });
    expect(await get(stock, key('sku-2b'))).toEqual({ ...key('sku-2b'), stock: { N: '1' } });
    expect(await get(stock, key('sku-missing'))).toBeUndefined();
  });

  it('reports the item as it was when ReturnValuesOnConditionCheckFailure is ALL_OLD', async () => {
    await put(stock, { ...key('sku-3'), stock: { N: '1' } });
    const error = (await failure([
      decrement('sku-3', 4, 'ALL_OLD'),
      {
        ConditionCheck: {
          TableName: stock,
          Key: key('sku-none'),
          ConditionExpression: 'attribute_exists(pk)',
          ReturnValuesOnConditionCheckFailure: 'ALL_OLD',
        },
      },
    ])) as TransactionCanceledException;
    expect(error.CancellationReasons).toEqual([
      {
        Code: 'ConditionalCheckFailed',
        Message: 'The conditional request failed',
        Item: { ...key('sku-3'), stock: { N: '1' } },
      },
      { Code: 'ConditionalCheckFailed', Message: 'The conditional request failed' },
    ]);
  });

  it('rolls back a Put, an Update and a Delete made before an Update whose condition fails', async () => {
    await put(stock, { ...key('sku-4'), stock: { N: '10' } });
    await put(stock, { ...key('sku-5'), stock: { N: '1' } });
    await put(stock, { ...key('sku-6'), stock: { N: '7' }, note: { S: 'keep me' } });
    const error = (await failure([
      { Put: { TableName: ledger, Item: { ...key('order-3'), sk: { S: 'line-1' } } } },
      { Put: { TableName: stock, Item: { ...key('sku-4'), stock: { N: '999' } } } },
      decrement('sku-5', 2),
      { Delete: { TableName: stock, Key: key('sku-6') } },
    ])) as TransactionCanceledException;
    expect(error.CancellationReasons?.map((reason) => reason.Code)).toEqual([
      'None',
      'None',
      'ConditionalCheckFailed',
      'None',
    ]);
    expect(await get(ledger, { ...key('order-3'), sk: { S: 'line-1' } })).toBeUndefined();
    expect(await get(stock, key('sku-4'))).toEqual({ ...key('sku-4'), stock: { N: '10' } });
    expect(await get(stock, key('sku-5'))).toEqual({ ...key('sku-5'), stock: { N: '1' } });
    expect(await get(stock, key('sku-6'))).toEqual({
      ...key('sku-6'),
      stock: { N: '7' },
      note: { S: 'keep me' },
    });
  });

  it('never oversells: 20 concurrent conditional decrements of a stock of 10', async () => {
    await put(stock, { ...key('sku-hot'), stock: { N: '10' } });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        transact([
          decrement('sku-hot', 1),
          { Put: { TableName: ledger, Item: { ...key('hot-orders'), sk: { S: `order-${i}` } } } },
        ]),
      ),
    );
    const sold = outcomes.filter((outcome) => outcome.status === 'fulfilled').length;
    expect(sold).toBe(10);
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected') expect(outcome.reason).toBeInstanceOf(TransactionCanceledException);
    }
    expect(await get(stock, key('sku-hot'))).toEqual({ ...key('sku-hot'), stock: { N: '0' } });
    const lines = await Promise.all(
      Array.from({ length: 20 }, (_, i) => get(ledger, { ...key('hot-orders'), sk: { S: `order-${i}` } })),
    );
    expect(lines.filter(Boolean)).toHaveLength(10);
  });

  it('keeps ordinary writes out of a transaction: none is lost to a rollback', async () => {
    await put(stock, { ...key('sku-busy'), stock: { N: '100' } });
    // Each transaction decrements, then is cancelled by its ConditionCheck and restores its snapshot; an
    // ordinary decrement landing between the two would be overwritten.
    const doomed = () =>
      transact([
        decrement('sku-busy', 1),
        {
          ConditionCheck: {
            TableName: stock,
            Key: key('sku-never'),
            ConditionExpression: 'attribute_exists(pk)',
          },
        },
      ]).catch((error: unknown) => expect(error).toBeInstanceOf(TransactionCanceledException));
    const ordinary = () =>
      t.client.send(
        new UpdateItemCommand({
          TableName: stock,
          Key: key('sku-busy'),
          UpdateExpression: 'SET stock = stock - :one',
          ExpressionAttributeValues: { ':one': { N: '1' } },
        }),
      );
    await Promise.all(Array.from({ length: 30 }, (_, i) => (i % 2 === 0 ? doomed() : ordinary())));
    expect(await get(stock, key('sku-busy'))).toEqual({ ...key('sku-busy'), stock: { N: '85' } });
  });

  it('cancels with a ValidationError reason when an action fails on the stored item, and rolls back', async () => {
    await put(stock, { ...key('sku-7'), stock: { N: '3' } });
    await put(stock, { ...key('sku-8'), label: { S: 'text' } });
    const typed = (await failure([
      decrement('sku-7', 1),
      {
        Update: {
          TableName: stock,
          Key: key('sku-8'),
          UpdateExpression: 'ADD label :one',
          ExpressionAttributeValues: { ':one': { N: '1' } },
        },
      },
    ])) as TransactionCanceledException;
    expect(typed.CancellationReasons).toEqual([
      { Code: 'None' },
      { Code: 'ValidationError', Message: 'An operand in the update expression has an incorrect data type' },
    ]);
    expect(await get(stock, key('sku-7'))).toMatchObject({ stock: { N: '3' } });
  });
});

describe('TransactWriteItems: refused requests', () => {
  const stock = uniqueTableName('stock');
  let t: TestTwin;
  beforeAll(async () => {
    t = await startTestTwin();
    await createKeyTable(t.client, stock);
  });
  afterAll(() => t.stop());

  const refusal = async (TransactItems: TransactWriteItem[], ReturnConsumedCapacity?: string) => {
    const error: unknown = await t.client
      .send(
        new TransactWriteItemsCommand({
          TransactItems,
          ...(ReturnConsumedCapacity && { ReturnConsumedCapacity: ReturnConsumedCapacity as 'TOTAL' }),
        }),
      )
      .then(
        () => expect.unreachable('the request should be refused'),
        (e: unknown) => e,
      );
    expect(error).toBeInstanceOf(DynamoDBServiceException);
    return error as DynamoDBServiceException;
  };
  const putItem = (pk: string, extra: Item = {}): TransactWriteItem => ({
    Put: { TableName: stock, Item: { ...key(pk), ...extra } },
  });

  it.each([
    [
      'no action',
      [],
      "1 validation error detected: Value '[]' at 'transactItems' failed to satisfy constraint: Member must have length greater than or equal to 1",
    ],
    [
      'two actions on one item',
      [putItem('a'), { Delete: { TableName: stock, Key: key('a') } }],
      'Transaction request cannot include multiple operations on one item',
    ],
    [
      'a member with two actions',
      [{ Put: putItem('a').Put, Delete: { TableName: stock, Key: key('b') } }],
      'TransactItems can only contain one of Check, Put, Update or Delete',
    ],
    [
      'a value no expression uses',
      [
        {
          ConditionCheck: {
            TableName: stock,
            Key: key('a'),
            ConditionExpression: 'attribute_not_exists(pk)',
            ExpressionAttributeValues: { ':v': { S: 'x' } },
          },
        },
      ],
      'Value provided in ExpressionAttributeValues unused in expressions: keys: {:v}',
    ],
    [
      'an empty string key',
      [putItem('')],
      'One or more parameter values are not valid. The AttributeValue for a key attribute cannot contain an empty string value. Key: pk',
    ],
  ] as [string, TransactWriteItem[], string][])(
    'refuses %s with a ValidationException',
    async (_, items, message) => {
      const error = await refusal(items);
      expect(error.name).toBe('ValidationException');
      expect(error.message).toBe(message);
      expect(error.$metadata.httpStatusCode).toBe(400);
    },
  );

  it('refuses an expression that does not parse, before looking any table up', async () => {
    const error = await refusal([
      { Put: { TableName: 'nowhere', Item: key('a') } },
      { ConditionCheck: { TableName: stock, Key: key('a'), ConditionExpression: 'attribute_not_exists(' } },
    ]);
    expect(error.name).toBe('ValidationException');
    // AWS goes on `token: "<EOF>", near: "("`; dynalite's parser words the rest its own way.
    expect(error.message).toMatch(/^Invalid ConditionExpression: Syntax error; /);
  });

  it('refuses more than 100 actions', async () => {
    const error = await refusal(Array.from({ length: 101 }, (_, i) => putItem(`k-${i}`)));
    expect(error.name).toBe('ValidationException');
    expect(error.message).toMatch(
      /^1 validation error detected: Value '\[.+\]' at 'transactItems' failed to satisfy constraint: Member must have length less than or equal to 100$/s,
    );
  });

  it('names every invalid member at once, in AWS order', async () => {
    const error = await refusal([{ Update: { TableName: stock, Key: key('a') } as never }], 'BOGUS');
    expect(error.message).toBe(
      "2 validation errors detected: Value 'BOGUS' at 'returnConsumedCapacity' failed to satisfy constraint: Member must satisfy enum value set: [INDEXES, TOTAL, NONE]; Value null at 'transactItems.1.member.update.updateExpression' failed to satisfy constraint: Member must not be null",
    );
  });

  it('answers ResourceNotFoundException for a missing table, writing nothing', async () => {
    const error = await refusal([putItem('written?'), { Put: { TableName: 'nowhere', Item: key('x') } }]);
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error.message).toBe('Requested resource not found');
    expect(
      (await t.client.send(new GetItemCommand({ TableName: stock, Key: key('written?') }))).Item,
    ).toBeUndefined();
  });

  it('cancels with a ValidationError reason for a key that does not fit the table', async () => {
    const error = (await refusal([
      putItem('fine'),
      { Put: { TableName: stock, Item: { pk: { N: '5' } } } },
      { Delete: { TableName: stock, Key: { pk: { S: 'a' }, extra: { S: 'b' } } } },
    ])) as TransactionCanceledException;
    expect(error).toBeInstanceOf(TransactionCanceledException);
    expect(error.CancellationReasons).toEqual([
      { Code: 'None' },
      {
        Code: 'ValidationError',
        Message: 'One or more parameter values were invalid: Type mismatch for key pk expected: S actual: N',
      },
      { Code: 'ValidationError', Message: 'The provided key element does not match the schema' },
    ]);
    expect(
      (await t.client.send(new GetItemCommand({ TableName: stock, Key: key('fine') }))).Item,
    ).toBeUndefined();
  });
});
