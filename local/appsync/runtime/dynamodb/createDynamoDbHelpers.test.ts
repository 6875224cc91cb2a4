import { describe, expect, it } from 'vitest';
import { createDynamoDbHelpers } from './createDynamoDbHelpers.js';
import type { DynamoDbModule } from './createDynamoDbHelpers.js';

// The declared generics infer each payload's shape from its own literal, which the cases below do not
// respect (a key beside an item); resolvers pass typed payloads, tests pass JSON.
type Untyped = {
  [K in keyof DynamoDbModule]: DynamoDbModule[K] extends (...args: never[]) => infer R
    ? (payload: unknown) => R
    : DynamoDbModule[K];
};
const ddb = createDynamoDbHelpers() as unknown as Untyped;
const N = (n: number) => ({ N: n });
const S = (s: string) => ({ S: s });

/** Plain JSON, as the request crosses the sandbox boundary. */
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

// Recorded from AWS with the EvaluateCode API: localstack/appsync-utils
// `__tests__/__snapshots__/index.test.js.snap` (commit b9bd6001); each test is named after its snapshot.
describe('conformance with index.test.js.snap', () => {
  it('DynamoDB module functions get 1', () => {
    expect(json(ddb.get({ key: { id: 'id' } }))).toEqual({ key: { id: S('id') }, operation: 'GetItem' });
  });

  it('DynamoDB module functions put 1', () => {
    expect(json(ddb.put({ key: { id: 'abc' }, item: { value: 10 } }))).toEqual({
      attributeValues: { value: N(10) },
      key: { id: S('abc') },
      operation: 'PutItem',
    });
  });

  it('DynamoDB module functions remove 1', () => {
    expect(json(ddb.remove({ key: { id: 'test' } }))).toEqual({
      key: { id: S('test') },
      operation: 'DeleteItem',
    });
  });

  it('DynamoDB module functions scan 1', () => {
    expect(json(ddb.scan({ limit: 10, nextToken: 'abc' }))).toEqual({
      limit: 10,
      nextToken: 'abc',
      operation: 'Scan',
    });
  });

  const updated = (expression: string, name: string, value: unknown) => ({
    key: { id: S('test') },
    operation: 'UpdateItem',
    update: {
      expression,
      expressionNames: { '#expName_1': name },
      expressionValues: { ':expValue_1': value },
    },
  });
  const list = { L: [N(1), N(2), N(3)] };

  it('DynamoDB module functions update add 1', () => {
    expect(json(ddb.update({ key: { id: 'test' }, update: { age: ddb.operations.add(10) } }))).toEqual(
      updated('SET #expName_1 = :expValue_1', 'age', N(10)),
    );
  });

  it('DynamoDB module functions update append 1', () => {
    expect(
      json(ddb.update({ key: { id: 'test' }, update: { values: ddb.operations.append([1, 2, 3]) } })),
    ).toEqual(updated('SET #expName_1 = list_append(#expName_1, :expValue_1)', 'values', list));
  });

  it('DynamoDB module functions update decrement 1', () => {
    expect(json(ddb.update({ key: { id: 'test' }, update: { age: ddb.operations.decrement(10) } }))).toEqual(
      updated('SET #expName_1 = #expName_1 - :expValue_1', 'age', N(10)),
    );
  });

  it('DynamoDB module functions update increment 1 (also the example in reference/appsync-runtime.md §2.4)', () => {
    expect(json(ddb.update({ key: { id: 'test' }, update: { age: ddb.operations.increment(10) } }))).toEqual(
      updated('SET #expName_1 = #expName_1 + :expValue_1', 'age', N(10)),
    );
  });

  it('DynamoDB module functions update prepend 1', () => {
    expect(
      json(ddb.update({ key: { id: 'test' }, update: { values: ddb.operations.prepend([1, 2, 3]) } })),
    ).toEqual(updated('SET #expName_1 = list_append(:expValue_1, #expName_1)', 'values', list));
  });

  it('DynamoDB module functions update replace 1', () => {
    expect(
      json(ddb.update({ key: { id: 'test' }, update: { values: ddb.operations.replace({ a: 10 }) } })),
    ).toEqual(updated('SET #expName_1 = :expValue_1', 'values', { M: { a: N(10) } }));
  });

  it.each([
    ['add', () => ddb.operations.add(10), { type: 'OPERATION_ADD', value: 10 }],
    ['append', () => ddb.operations.append([1, 2, 3]), { items: [1, 2, 3], type: 'OPERATION_APPEND' }],
    ['decrement', () => ddb.operations.decrement(10), { by: 10, type: 'OPERATION_DECREMENT' }],
    ['increment', () => ddb.operations.increment(10), { by: 10, type: 'OPERATION_INCREMENT' }],
    ['prepend', () => ddb.operations.prepend([1, 2, 3]), { items: [1, 2, 3], type: 'OPERATION_PREPEND' }],
    ['replace', () => ddb.operations.replace({ a: 10 }), { type: 'OPERATION_REPLACE', value: { a: 10 } }],
  ])('DynamoDB operations %s 1', (_name, make, expected) => {
    expect(json(make())).toEqual(expected);
  });
});

describe('conformance with other AWS recordings', () => {
  // An EvaluateCode result asserted by a public test of an `editMyProfile` resolver (code corpus): a
  // bare value sets the attribute, null included, aliases numbered in the order written.
  it('null and string values set in written order (editMyProfile EvaluateCode result)', () => {
    const profile = { name: 'Toni Test', imageUrl: null, backgroundImageUrl: null, bio: 'The test bio' };
    expect(ddb.update({ key: { id: 'u-1' }, update: profile }).update).toEqual({
      expression:
        'SET #expName_1 = :expValue_1, #expName_2 = :expValue_2, #expName_3 = :expValue_3, #expName_4 = :expValue_4',
      expressionNames: {
        '#expName_1': 'name',
        '#expName_2': 'imageUrl',
        '#expName_3': 'backgroundImageUrl',
        '#expName_4': 'bio',
      },
      expressionValues: {
        ':expValue_1': S('Toni Test'),
        ':expValue_2': { NULL: null },
        ':expValue_3': { NULL: null },
        ':expValue_4': S('The test bio'),
      },
    });
  });

  it('set helpers keep numbers as numbers (util.dynamodb toNumberSet 1 records NS: [1, 23, 4.56])', () => {
    expect(ddb.toNumberSet([1, 23, 4.56])).toEqual({ NS: [1, 23, 4.56] });
    expect(ddb.toStringSet(['a', 'b'])).toEqual({ SS: ['a', 'b'] });
    expect(ddb.toBinarySet(['SGVsbG8='])).toEqual({ BS: ['SGVsbG8='] });
  });
});

// Not recorded from AWS in any stored snapshot: built the way localstack/appsync-utils `dynamodb/index.js`
// (latest stored version) builds them, with the filter rendering proven in buildFilterExpression.test.ts.
describe('unrecorded shapes', () => {
  it('a condition travels as an expression object, without expressionValues when it binds none', () => {
    expect(
      ddb.put({ key: { id: '1' }, item: { v: 1 }, condition: { version: { eq: 1 } } }).condition,
    ).toEqual({
      expression: '(#version = :version_eq)',
      expressionNames: { '#version': 'version' },
      expressionValues: { ':version_eq': N(1) },
    });
    expect(
      ddb.put({ key: { id: '1' }, item: { v: 1 }, condition: { v: { attributeExists: true } } }).condition,
    ).toEqual({
      expression: '(attribute_exists(#v))',
      expressionNames: { '#v': 'v' },
    });
  });

  it('versioning arguments pass through; null optional arguments are left out', () => {
    expect(
      json(
        ddb.put({
          key: { id: '1' },
          item: { v: 1 },
          _version: 3,
          customPartitionKey: 'cpk',
          populateIndexFields: true,
          condition: null,
        }),
      ),
    ).toEqual({
      operation: 'PutItem',
      key: { id: S('1') },
      attributeValues: { v: N(1) },
      _version: 3,
      customPartitionKey: 'cpk',
      populateIndexFields: true,
    });
    expect(json(ddb.remove({ key: { id: '1' }, _version: 2 }))).toEqual({
      operation: 'DeleteItem',
      key: { id: S('1') },
      _version: 2,
    });
  });

  it('get with a consistent read and a projection aliasing every path segment', () => {
    expect(
      json(ddb.get({ key: { id: '1' }, consistentRead: true, projection: ['id', 'a.b', 'a.c', 'l[2].x'] })),
    ).toEqual({
      operation: 'GetItem',
      key: { id: S('1') },
      consistentRead: true,
      projection: {
        expression: '#expName_1, #expName_2.#expName_3, #expName_2.#expName_4, #expName_5[2].#expName_6',
        expressionNames: {
          '#expName_1': 'id',
          '#expName_2': 'a',
          '#expName_3': 'b',
          '#expName_4': 'c',
          '#expName_5': 'l',
          '#expName_6': 'x',
        },
      },
    });
  });

  it('query with every argument', () => {
    expect(
      json(
        ddb.query({
          query: { pk: { eq: 'a' }, sk: { beginsWith: 'x' } },
          index: 'gsi1',
          limit: 5,
          nextToken: 't',
          consistentRead: true,
          scanIndexForward: false,
          select: 'ALL_ATTRIBUTES',
          filter: { done: { eq: true } },
          projection: ['id'],
        }),
      ),
    ).toEqual({
      operation: 'Query',
      query: {
        expression: '(#pk = :pk_eq) AND (begins_with(#sk,:sk_beginsWith))',
        expressionNames: { '#pk': 'pk', '#sk': 'sk' },
        expressionValues: { ':pk_eq': S('a'), ':sk_beginsWith': S('x') },
      },
      index: 'gsi1',
      limit: 5,
      nextToken: 't',
      consistentRead: true,
      scanIndexForward: false,
      select: 'ALL_ATTRIBUTES',
      filter: {
        expression: '(#done = :done_eq)',
        expressionNames: { '#done': 'done' },
        expressionValues: { ':done_eq': { BOOL: true } },
      },
      projection: { expression: '#expName_1', expressionNames: { '#expName_1': 'id' } },
    });
  });

  it('scan of one segment of an index; scan without arguments', () => {
    expect(json(ddb.scan({ totalSegments: 4, segment: 1, index: 'gsi', consistentRead: true }))).toEqual({
      operation: 'Scan',
      totalSegments: 4,
      segment: 1,
      index: 'gsi',
      consistentRead: true,
    });
    expect(json(ddb.scan({}))).toEqual({ operation: 'Scan' });
  });

  it('sync since the last one, with a filter', () => {
    expect(
      json(
        ddb.sync({
          basePartitionKey: 'bpk',
          deltaIndexName: 'delta',
          limit: 5,
          lastSync: 2,
          filter: { a: { eq: 1 } },
        }),
      ),
    ).toEqual({
      operation: 'Sync',
      basePartitionKey: 'bpk',
      deltaIndexName: 'delta',
      limit: 5,
      lastSync: 2,
      filter: {
        expression: '(#a = :a_eq)',
        expressionNames: { '#a': 'a' },
        expressionValues: { ':a_eq': N(1) },
      },
    });
  });

  it('update: sets before removals, one alias per attribute, list items, default step', () => {
    expect(
      json(
        ddb.update({
          key: { id: '1' },
          update: {
            b: ddb.operations.remove(),
            a: ddb.operations.increment(),
            f: [ddb.operations.updateListItem('x', 1), ddb.operations.updateListItem('y', 2)],
          },
          condition: { b: { eq: 2 } },
          _version: 5,
        }),
      ),
    ).toEqual({
      operation: 'UpdateItem',
      key: { id: S('1') },
      update: {
        expression:
          'SET #expName_1 = #expName_1 + :expValue_1, #expName_2[1] = :expValue_2, #expName_2[2] = :expValue_3 REMOVE #expName_3',
        expressionNames: { '#expName_1': 'a', '#expName_2': 'f', '#expName_3': 'b' },
        expressionValues: { ':expValue_1': N(1), ':expValue_2': S('x'), ':expValue_3': S('y') },
      },
      condition: {
        expression: '(#b = :b_eq)',
        expressionNames: { '#b': 'b' },
        expressionValues: { ':b_eq': N(2) },
      },
      _version: 5,
    });
    expect(ddb.update({ key: { id: '1' }, update: { a: ddb.operations.remove() } }).update).toEqual({
      expression: 'REMOVE #expName_1',
      expressionNames: { '#expName_1': 'a' },
      expressionValues: {},
    });
  });

  it('batch get, put and delete name their tables as given', () => {
    expect(
      json(
        ddb.batchGet({
          tables: { post: { keys: [{ id: '1' }, { id: '2' }], consistentRead: false, projection: ['id'] } },
        }),
      ),
    ).toEqual({
      operation: 'BatchGetItem',
      tables: {
        post: {
          keys: [{ id: S('1') }, { id: S('2') }],
          consistentRead: false,
          projection: { expression: '#expName_1', expressionNames: { '#expName_1': 'id' } },
        },
      },
    });
    expect(json(ddb.batchPut({ tables: { post: [{ id: 'one', value: 'x' }] } }))).toEqual({
      operation: 'BatchPutItem',
      tables: { post: [{ id: S('one'), value: S('x') }] },
    });
    expect(json(ddb.batchDelete({ tables: { post: [{ id: 'one' }] } }))).toEqual({
      operation: 'BatchDeleteItem',
      tables: { post: [{ id: S('one') }] },
    });
  });

  it('transact get and write', () => {
    expect(
      json(
        ddb.transactGet({
          items: [
            { table: 'post', key: { id: '1' }, projection: ['name'] },
            { table: 'post', key: { id: '2' } },
          ],
        }),
      ),
    ).toEqual({
      operation: 'TransactGetItems',
      transactItems: [
        {
          table: 'post',
          key: { id: S('1') },
          projection: { expression: '#expName_1', expressionNames: { '#expName_1': 'name' } },
        },
        { table: 'post', key: { id: S('2') } },
      ],
    });
    expect(
      json(
        ddb.transactWrite({
          items: [
            { putItem: { table: 'post', key: { id: '1' }, item: { a: 1 } } },
            { updateItem: { table: 't', key: { id: '1' }, update: { a: ddb.operations.increment(1) } } },
            { deleteItem: { table: 'post', key: { id: '2' }, condition: { v: { eq: 1 } } } },
            { conditionCheck: { table: 't', key: { id: '2' }, condition: { v: { attributeExists: true } } } },
          ],
        }),
      ),
    ).toEqual({
      operation: 'TransactWriteItems',
      transactItems: [
        { table: 'post', operation: 'PutItem', key: { id: S('1') }, attributeValues: { a: N(1) } },
        {
          table: 't',
          operation: 'UpdateItem',
          key: { id: S('1') },
          update: {
            expression: 'SET #expName_1 = #expName_1 + :expValue_1',
            expressionNames: { '#expName_1': 'a' },
            expressionValues: { ':expValue_1': N(1) },
          },
        },
        {
          table: 'post',
          operation: 'DeleteItem',
          key: { id: S('2') },
          condition: {
            expression: '(#v = :v_eq)',
            expressionNames: { '#v': 'v' },
            expressionValues: { ':v_eq': N(1) },
          },
        },
        {
          table: 't',
          operation: 'ConditionCheck',
          key: { id: S('2') },
          condition: { expression: '(attribute_exists(#v))', expressionNames: { '#v': 'v' } },
        },
      ],
    });
  });

  it('refuses a condition it cannot render rather than dropping the guard', () => {
    expect(() => ddb.put({ key: { id: '1' }, item: {}, condition: { v: 'x' } })).toThrow(TypeError);
  });
});
