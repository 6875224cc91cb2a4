import { DynamoDBClient, GetItemCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { DynamoDbService } from '../../../dynamodb/index.js';
import { startDynamoDb } from '../../../dynamodb/index.js';
import { createDynamoDbHelpers } from '../../runtime/dynamodb/index.js';
import type { DynamoDbModule } from '../../runtime/dynamodb/index.js';
import { AppSyncDataSourceError } from './AppSyncDataSourceError.js';
import { executeDynamoDbRequest } from './executeDynamoDbRequest.js';
import { LOCAL_CREDENTIALS } from '../../../localAws.js';

// Each request is built by the `@aws-appsync/utils/dynamodb` helpers (or written by hand where AppSync's
// reference shows one) and crosses to the data source as JSON, as it does out of the sandbox.
type Untyped = {
  [K in keyof DynamoDbModule]: DynamoDbModule[K] extends (...args: never[]) => infer R
    ? (payload: unknown) => R
    : DynamoDbModule[K];
};
const ddb = createDynamoDbHelpers() as unknown as Untyped;

// The deployed names resolvers use in batch and transaction requests, and the twin's logical names.
const DEPLOYED: Readonly<Record<string, string>> = {
  'shop-profiles-prod': 'profiles',
  'shop-lines-prod': 'lines',
};

let twin: DynamoDbService;
let client: DynamoDBClient;

const run = (tableName: string, request: unknown) =>
  executeDynamoDbRequest(client, tableName, JSON.parse(JSON.stringify(request)), {
    tableName: (name) => DEPLOYED[name] ?? name,
  });

/** The rejection of `promise`, which must be an AppSyncDataSourceError. */
async function failure(promise: Promise<unknown>): Promise<AppSyncDataSourceError> {
  const error: unknown = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppSyncDataSourceError);
  return error as AppSyncDataSourceError;
}

const AWS_MESSAGE = /^(.+) \(Service: DynamoDb, Status Code: 400, Request ID: .+\)$/;

beforeAll(async () => {
  twin = await startDynamoDb({
    port: 0,
    region: 'us-east-1',
    accountId: '123456789012',
    tables: {
      profiles: { description: 'profiles', partitionKey: { name: 'id', type: 'S' } },
      lines: {
        description: 'order lines',
        partitionKey: { name: 'orderId', type: 'S' },
        sortKey: { name: 'line', type: 'N' },
        indexes: [
          { name: 'bySku', partitionKey: { name: 'sku', type: 'S' }, sortKey: { name: 'line', type: 'N' } },
        ],
      },
    },
  });
  client = new DynamoDBClient({
    endpoint: twin.endpoint,
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
  });
});

afterAll(async () => {
  client.destroy();
  await twin.stop();
});

describe('single items', () => {
  beforeEach(async () => {
    await run(
      'profiles',
      ddb.put({
        key: { id: 'ada' },
        item: { name: 'Ada', visits: 1, tags: ['a'], address: { city: 'London' } },
      }),
    );
  });

  it('PutItem answers the item written, numbers as numbers', async () => {
    expect(
      await run(
        'profiles',
        ddb.put({ key: { id: 'bob' }, item: { name: 'Bob', score: 1.5, active: true, gone: null } }),
      ),
    ).toEqual({
      id: 'bob',
      name: 'Bob',
      score: 1.5,
      active: true,
      gone: null,
    });
    const { Item } = await client.send(
      new GetItemCommand({ TableName: 'profiles', Key: { id: { S: 'bob' } } }),
    );
    expect(Item).toEqual({
      id: { S: 'bob' },
      name: { S: 'Bob' },
      score: { N: '1.5' },
      active: { BOOL: true },
      gone: { NULL: true },
    });
  });

  it('GetItem answers the item, null when there is none, and projects', async () => {
    expect(await run('profiles', ddb.get({ key: { id: 'ada' }, consistentRead: true }))).toEqual({
      id: 'ada',
      name: 'Ada',
      visits: 1,
      tags: ['a'],
      address: { city: 'London' },
    });
    expect(await run('profiles', ddb.get({ key: { id: 'nobody' } }))).toBeNull();
    expect(
      await run('profiles', ddb.get({ key: { id: 'ada' }, projection: ['name', 'address.city'] })),
    ).toEqual({
      name: 'Ada',
      address: { city: 'London' },
    });
  });

  it('UpdateItem answers the whole item after the update', async () => {
    const request = ddb.update({
      key: { id: 'ada' },
      update: {
        visits: ddb.operations.increment(2),
        tags: ddb.operations.append(['b']),
        address: ddb.operations.remove(),
      },
      condition: { visits: { eq: 1 } },
    });
    expect(await run('profiles', request)).toEqual({ id: 'ada', name: 'Ada', visits: 3, tags: ['a', 'b'] });
  });

  it('DeleteItem answers the item deleted, null when there was none', async () => {
    expect(await run('profiles', ddb.remove({ key: { id: 'ada' } }))).toMatchObject({
      id: 'ada',
      name: 'Ada',
    });
    expect(await run('profiles', ddb.remove({ key: { id: 'ada' } }))).toBeNull();
  });

  it('a failed condition is DynamoDB:ConditionalCheckFailedException with AppSync`s message', async () => {
    const error = await failure(
      run(
        'profiles',
        ddb.put({
          key: { id: 'ada' },
          item: { name: 'Other' },
          condition: { id: { attributeExists: false } },
        }),
      ),
    );
    expect(error.type).toBe('DynamoDB:ConditionalCheckFailedException');
    expect(error.message).toMatch(AWS_MESSAGE);
    expect(AWS_MESSAGE.exec(error.message)?.[1]).toBe('The conditional request failed');
    expect(error.result).toBeNull();

    const update = await failure(
      run(
        'profiles',
        ddb.update({ key: { id: 'ada' }, update: { visits: 9 }, condition: { visits: { gt: 5 } } }),
      ),
    );
    expect(update.type).toBe('DynamoDB:ConditionalCheckFailedException');
    expect(await run('profiles', ddb.get({ key: { id: 'ada' } }))).toMatchObject({ visits: 1 });

    const removal = await failure(
      run('profiles', ddb.remove({ key: { id: 'ada' }, condition: { name: { eq: 'Bob' } } })),
    );
    expect(removal.type).toBe('DynamoDB:ConditionalCheckFailedException');
  });

  it('a failed put whose item is already the one written succeeds (the desired result is there)', async () => {
    const item = { name: 'Ada', visits: 1, tags: ['a'], address: { city: 'London' } };
    expect(
      await run(
        'profiles',
        ddb.put({ key: { id: 'ada' }, item, condition: { id: { attributeExists: false } } }),
      ),
    ).toEqual({
      id: 'ada',
      ...item,
    });
    const ignoring = {
      operation: 'PutItem',
      key: { id: { S: 'ada' } },
      attributeValues: {
        name: { S: 'Ada' },
        visits: { N: 7 },
        tags: { L: [{ S: 'a' }] },
        address: { M: { city: { S: 'London' } } },
      },
      condition: { expression: 'attribute_not_exists(id)', equalsIgnore: ['visits'] },
    };
    expect(await run('profiles', ignoring)).toMatchObject({ visits: 1 });
  });

  it('accepts numbers written as strings, and binary as base64', async () => {
    const request = {
      operation: 'PutItem',
      key: { id: { S: 'bin' } },
      attributeValues: { n: { N: '42' }, b: { B: 'SGVsbG8=' }, ns: { NS: [1, '2'] }, ss: { SS: ['x'] } },
    };
    expect(await run('profiles', request)).toEqual({
      id: 'bin',
      n: 42,
      b: 'SGVsbG8=',
      ns: [1, 2],
      ss: ['x'],
    });
    const stored = await run('profiles', ddb.get({ key: { id: 'bin' } }));
    expect(stored).toMatchObject({ b: 'SGVsbG8=', n: 42, ss: ['x'] });
    expect((stored as { ns: number[] }).ns.sort()).toEqual([1, 2]);
  });
});

describe('queries and scans', () => {
  beforeAll(async () => {
    for (const line of [1, 2, 3, 4, 5]) {
      await client.send(
        new PutItemCommand({
          TableName: 'lines',
          Item: {
            orderId: { S: 'o-1' },
            line: { N: String(line) },
            sku: { S: line % 2 === 0 ? 'even' : 'odd' },
            qty: { N: String(line * 10) },
          },
        }),
      );
    }
    await client.send(
      new PutItemCommand({
        TableName: 'lines',
        Item: { orderId: { S: 'o-2' }, line: { N: '1' }, sku: { S: 'odd' } },
      }),
    );
  });

  it('Query pages through nextToken until it is null', async () => {
    const seen: number[] = [];
    let nextToken: string | null | undefined;
    const pages: unknown[] = [];
    do {
      const page = (await run(
        'lines',
        ddb.query({ query: { orderId: { eq: 'o-1' } }, limit: 2, nextToken }),
      )) as {
        items: { line: number }[];
        nextToken: string | null;
        scannedCount: number;
      };
      pages.push(page);
      seen.push(...page.items.map((item) => item.line));
      expect(page.scannedCount).toBe(page.items.length);
      nextToken = page.nextToken;
    } while (nextToken !== null);
    expect(seen).toEqual([1, 2, 3, 4, 5]);
    expect(pages.length).toBeGreaterThanOrEqual(3);
    expect(pages[0]).toMatchObject({ nextToken: expect.stringMatching(/^[A-Za-z0-9+/=]+$/) as unknown });
  });

  it('Query with a sort key range, a filter, descending order and a projection', async () => {
    const page = await run(
      'lines',
      ddb.query({
        query: { orderId: { eq: 'o-1' }, line: { between: [2, 5] } },
        filter: { qty: { ge: 30 } },
        scanIndexForward: false,
        projection: ['line', 'qty'],
      }),
    );
    expect(page).toEqual({
      items: [
        { line: 5, qty: 50 },
        { line: 4, qty: 40 },
        { line: 3, qty: 30 },
      ],
      nextToken: null,
      scannedCount: 4,
    });
  });

  it('Query on an index', async () => {
    const page = (await run('lines', ddb.query({ query: { sku: { eq: 'even' } }, index: 'bySku' }))) as {
      items: { line: number }[];
    };
    expect(page.items.map((item) => item.line)).toEqual([2, 4]);
  });

  it('Scan filters and pages', async () => {
    const first = (await run('lines', ddb.scan({ filter: { sku: { eq: 'odd' } }, limit: 3 }))) as {
      items: unknown[];
      nextToken: string | null;
      scannedCount: number;
    };
    expect(first.scannedCount).toBe(3);
    expect(first.nextToken).not.toBeNull();
    const rest = (await run(
      'lines',
      ddb.scan({ filter: { sku: { eq: 'odd' } }, nextToken: first.nextToken }),
    )) as {
      items: unknown[];
      nextToken: string | null;
    };
    expect(first.items.length + rest.items.length).toBe(4);
    expect(rest.nextToken).toBeNull();
  });

  it('Sync reads the base table and refuses a delta sync', async () => {
    const before = Date.now();
    const page = (await run('lines', ddb.sync({ limit: 10 }))) as {
      items: unknown[];
      nextToken: string | null;
      startedAt: number;
    };
    expect(page.items).toHaveLength(6);
    expect(page.startedAt).toBeGreaterThanOrEqual(before);
    const error = await failure(run('lines', ddb.sync({ lastSync: before })));
    expect(error.type).toBe('MappingTemplate');
  });

  it('a bad nextToken is refused', async () => {
    const error = await failure(run('lines', ddb.scan({ nextToken: 'not-a-token' })));
    expect(error.type).toBe('MappingTemplate');
  });

  it('refuses a token that was edited, made up, or issued for another index (AppSync encrypts its own)', async () => {
    const query = { query: { orderId: { eq: 'o-1' } }, limit: 2 };
    const { nextToken } = (await run('lines', ddb.query(query))) as { nextToken: string };
    const body = JSON.parse(Buffer.from(nextToken, 'base64').toString('utf8')) as {
      key: Record<string, { N?: string }>;
    };
    const edited = { ...body, key: { ...body.key, line: { N: '4' } } };
    const forged = Buffer.from(JSON.stringify(edited)).toString('base64');
    const madeUp = Buffer.from(JSON.stringify({ orderId: { S: 'o-1' }, line: { N: '4' } })).toString(
      'base64',
    );
    for (const token of [forged, madeUp]) {
      expect((await failure(run('lines', ddb.query({ ...query, nextToken: token })))).type).toBe(
        'MappingTemplate',
      );
    }
    const onIndex = await failure(
      run('lines', ddb.query({ query: { sku: { eq: 'even' } }, index: 'bySku', nextToken })),
    );
    expect(onIndex.type).toBe('MappingTemplate');
    // The genuine token still works.
    const next = (await run('lines', ddb.query({ ...query, nextToken }))) as { items: { line: number }[] };
    expect(next.items.map((item) => item.line)).toEqual([3, 4]);
  });
});

describe('batches', () => {
  beforeAll(async () => {
    await run(
      'profiles',
      ddb.batchPut({
        tables: {
          'shop-profiles-prod': [
            { id: 'p1', name: 'One' },
            { id: 'p2', name: 'Two' },
          ],
        },
      }),
    );
  });

  it('BatchPutItem answers the items by the table names of the request', async () => {
    expect(
      await run(
        'profiles',
        ddb.batchPut({
          tables: {
            'shop-profiles-prod': [{ id: 'p3', name: 'Three' }],
            'shop-lines-prod': [{ orderId: 'o-9', line: 1 }],
          },
        }),
      ),
    ).toEqual({
      data: {
        'shop-profiles-prod': [{ id: 'p3', name: 'Three' }],
        'shop-lines-prod': [{ orderId: 'o-9', line: 1 }],
      },
      unprocessedItems: { 'shop-profiles-prod': [], 'shop-lines-prod': [] },
    });
  });

  it('BatchGetItem answers in request order with null for a missing key, per table', async () => {
    const result = await run(
      'profiles',
      ddb.batchGet({
        tables: {
          'shop-profiles-prod': {
            keys: [{ id: 'p2' }, { id: 'missing' }, { id: 'p1' }],
            projection: ['name'],
          },
          'shop-lines-prod': {
            keys: [
              { orderId: 'o-1', line: 3 },
              { orderId: 'o-1', line: 99 },
            ],
            consistentRead: true,
          },
        },
      }),
    );
    expect(result).toEqual({
      data: {
        'shop-profiles-prod': [{ name: 'Two' }, null, { name: 'One' }],
        'shop-lines-prod': [{ orderId: 'o-1', line: 3, sku: 'odd', qty: 30 }, null],
      },
      unprocessedKeys: { 'shop-profiles-prod': [], 'shop-lines-prod': [] },
    });
  });

  it('BatchDeleteItem answers the keys deleted', async () => {
    expect(
      await run(
        'profiles',
        ddb.batchDelete({ tables: { 'shop-profiles-prod': [{ id: 'p1' }, { id: 'p3' }] } }),
      ),
    ).toEqual({
      data: { 'shop-profiles-prod': [{ id: 'p1' }, { id: 'p3' }] },
      unprocessedKeys: { 'shop-profiles-prod': [] },
    });
    expect(await run('profiles', ddb.get({ key: { id: 'p1' } }))).toBeNull();
  });
});

describe('transactions', () => {
  beforeEach(async () => {
    await run('profiles', ddb.put({ key: { id: 't1' }, item: { balance: 10 } }));
    await run('profiles', ddb.remove({ key: { id: 't2' } }));
  });

  it('TransactGetItems answers items in request order, null for a missing one', async () => {
    expect(
      await run(
        'profiles',
        ddb.transactGet({
          items: [
            { table: 'shop-profiles-prod', key: { id: 'missing' } },
            { table: 'shop-profiles-prod', key: { id: 't1' }, projection: ['balance'] },
          ],
        }),
      ),
    ).toEqual({ items: [null, { balance: 10 }], cancellationReasons: null });
  });

  it('TransactWriteItems answers the keys of its actions', async () => {
    const result = await run(
      'profiles',
      ddb.transactWrite({
        items: [
          {
            updateItem: {
              table: 'shop-profiles-prod',
              key: { id: 't1' },
              update: { balance: ddb.operations.decrement(4) },
              condition: { balance: { ge: 4 } },
            },
          },
          { putItem: { table: 'shop-profiles-prod', key: { id: 't2' }, item: { balance: 4 } } },
          {
            conditionCheck: {
              table: 'shop-lines-prod',
              key: { orderId: 'o-1', line: 1 },
              condition: { qty: { eq: 10 } },
            },
          },
        ],
      }),
    );
    expect(result).toEqual({
      keys: [{ id: 't1' }, { id: 't2' }, { orderId: 'o-1', line: 1 }],
      cancellationReasons: null,
    });
    expect(await run('profiles', ddb.get({ key: { id: 't1' } }))).toEqual({ id: 't1', balance: 6 });
  });

  it('a cancelled transaction is DynamoDB:TransactionCanceledException with its reasons, and writes nothing', async () => {
    const request = {
      operation: 'TransactWriteItems',
      transactItems: [
        {
          table: 'shop-profiles-prod',
          operation: 'PutItem',
          key: { id: { S: 't2' } },
          attributeValues: { balance: { N: 1 } },
        },
        {
          table: 'shop-profiles-prod',
          operation: 'UpdateItem',
          key: { id: { S: 't1' } },
          update: { expression: 'SET balance = balance - :n', expressionValues: { ':n': { N: 50 } } },
          condition: {
            expression: 'balance >= :n',
            expressionValues: { ':n': { N: 50 } },
            returnValuesOnConditionCheckFailure: true,
          },
        },
      ],
    };
    const error = await failure(run('profiles', request));
    expect(error.type).toBe('DynamoDB:TransactionCanceledException');
    expect(error.message).toMatch(AWS_MESSAGE);
    const reasons = [
      { type: 'None', message: null },
      {
        type: 'ConditionalCheckFailed',
        message: 'The conditional request failed',
        item: { id: 't1', balance: 10 },
      },
    ];
    expect(error.cancellationReasons).toEqual(reasons);
    expect(error.result).toEqual({ keys: null, cancellationReasons: reasons });
    expect(await run('profiles', ddb.get({ key: { id: 't2' } }))).toBeNull();
  });
});

describe('refusals', () => {
  it('an operation AppSync does not know is a MappingTemplate error', async () => {
    const error = await failure(run('profiles', { operation: 'Explode', key: {} }));
    expect(error).toMatchObject({ type: 'MappingTemplate', message: "Unsupported operation 'Explode'." });
  });

  it('a malformed typed value is a MappingTemplate error naming where it is', async () => {
    const error = await failure(run('profiles', { operation: 'GetItem', key: { id: { Q: 'x' } } }));
    expect(error.type).toBe('MappingTemplate');
    expect(error.message).toContain('key.id');
  });

  it('a table that does not exist is DynamoDB:ResourceNotFoundException', async () => {
    const error = await failure(run('nowhere', ddb.get({ key: { id: 'x' } })));
    expect(error.type).toBe('DynamoDB:ResourceNotFoundException');
  });

  it('a request DynamoDB refuses is DynamoDB:ValidationException', async () => {
    const error = await failure(run('profiles', { operation: 'GetItem', key: { nope: { S: 'x' } } }));
    expect(error.type).toBe('DynamoDB:ValidationException');
  });
});
