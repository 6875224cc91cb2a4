import {
  DynamoDBServiceException,
  PutItemCommand,
  ResourceNotFoundException,
  TransactGetItemsCommand,
  TransactionCanceledException,
  TransactWriteItemsCommand,
} from '@aws-sdk/client-dynamodb';
import type { AttributeValue, TransactGetItem } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createKeyTable, startTestTwin, uniqueTableName } from '../../test/support/testTwin.js';
import type { TestTwin } from '../../test/support/testTwin.js';

type Item = Record<string, AttributeValue>;
const key = (pk: string): Item => ({ pk: { S: pk } });

describe('TransactGetItems', () => {
  const accounts = uniqueTableName('accounts');
  const profiles = uniqueTableName('profiles');
  let t: TestTwin;
  beforeAll(async () => {
    t = await startTestTwin();
    await createKeyTable(t.client, accounts);
    await createKeyTable(t.client, profiles);
  });
  afterAll(() => t.stop());

  const put = (TableName: string, Item: Item) => t.client.send(new PutItemCommand({ TableName, Item }));
  const read = (TransactItems: TransactGetItem[]) =>
    t.client.send(new TransactGetItemsCommand({ TransactItems }));
  const refusal = (TransactItems: TransactGetItem[]): Promise<DynamoDBServiceException> =>
    read(TransactItems).then(
      () => expect.unreachable('the request should be refused'),
      (error: unknown) => {
        expect(error).toBeInstanceOf(DynamoDBServiceException);
        return error as DynamoDBServiceException;
      },
    );

  it('answers the items in request order across tables, {} for a missing one, with projections', async () => {
    await put(accounts, { ...key('a-1'), balance: { N: '10' }, owner: { S: 'ada' } });
    await put(profiles, { ...key('ada'), name: { S: 'Ada' } });
    const { Responses } = await read([
      { Get: { TableName: profiles, Key: key('ada') } },
      { Get: { TableName: accounts, Key: key('a-missing') } },
      {
        Get: {
          TableName: accounts,
          Key: key('a-1'),
          ProjectionExpression: '#b',
          ExpressionAttributeNames: { '#b': 'balance' },
        },
      },
    ]);
    expect(Responses).toEqual([
      { Item: { ...key('ada'), name: { S: 'Ada' } } },
      {},
      { Item: { balance: { N: '10' } } },
    ]);
  });

  it('never sees a transaction half done, nor one that is being rolled back', async () => {
    const names = Array.from({ length: 8 }, (_, i) => `acct-${i}`);
    for (const name of names) await put(accounts, { ...key(name), balance: { N: '100' } });
    const add = (name: string, amount: number) => ({
      Update: {
        TableName: accounts,
        Key: key(name),
        UpdateExpression: 'SET balance = balance + :amount',
        ExpressionAttributeValues: { ':amount': { N: String(amount) } },
      },
    });
    // Moves money around the ring (the total stays 800); every other one is cancelled by a failing
    // ConditionCheck after its updates were applied, and rolled back.
    const move = (i: number) =>
      t.client
        .send(
          new TransactWriteItemsCommand({
            TransactItems: [
              ...names.map((name, n) => add(name, n % 2 === i % 2 ? -1 : 1)),
              ...(i % 4 === 0
                ? [
                    {
                      ConditionCheck: {
                        TableName: profiles,
                        Key: key('nobody'),
                        ConditionExpression: 'attribute_exists(pk)',
                      },
                    },
                  ]
                : []),
            ],
          }),
        )
        .catch((error: unknown) => expect(error).toBeInstanceOf(TransactionCanceledException));
    const totals: number[] = [];
    const readTotal = async () => {
      const { Responses = [] } = await read(
        names.map((name) => ({ Get: { TableName: accounts, Key: key(name) } })),
      );
      totals.push(Responses.reduce((sum, response) => sum + Number(response.Item?.balance?.N), 0));
    };
    await Promise.all(Array.from({ length: 60 }, (_, i) => (i % 2 === 0 ? move(i / 2) : readTotal())));
    expect(totals).toHaveLength(30);
    expect(new Set(totals)).toEqual(new Set([800]));
  });

  it('refuses two reads of one item, and an empty request', async () => {
    const twice = await refusal([
      { Get: { TableName: accounts, Key: key('a-1') } },
      { Get: { TableName: accounts, Key: key('a-1') } },
    ]);
    expect(twice.name).toBe('ValidationException');
    expect(twice.message).toBe('Transaction request cannot include multiple operations on one item');
    const empty = await refusal([]);
    expect(empty.message).toBe(
      "1 validation error detected: Value '[]' at 'transactItems' failed to satisfy constraint: Member must have length greater than or equal to 1",
    );
  });

  it('answers ResourceNotFoundException for a missing table', async () => {
    const error = await refusal([{ Get: { TableName: 'nowhere', Key: key('x') } }]);
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error.message).toBe('Requested resource not found');
  });

  it('refuses a projection that does not parse', async () => {
    const error = await refusal([
      { Get: { TableName: accounts, Key: key('a-1'), ProjectionExpression: '!!!' } },
    ]);
    expect(error.name).toBe('ValidationException');
    expect(error.message).toMatch(/^Invalid ProjectionExpression: Syntax error; /);
  });

  it('cancels with a ValidationError reason for a key that does not fit the table', async () => {
    const error = await refusal([
      { Get: { TableName: accounts, Key: key('a-1') } },
      { Get: { TableName: accounts, Key: {} } },
    ]);
    expect(error).toBeInstanceOf(TransactionCanceledException);
    expect(error.message).toBe(
      'Transaction cancelled, please refer cancellation reasons for specific reasons [None, ValidationError]',
    );
    expect((error as TransactionCanceledException).CancellationReasons).toEqual([
      { Code: 'None' },
      { Code: 'ValidationError', Message: 'The provided key element does not match the schema' },
    ]);
  });
});
