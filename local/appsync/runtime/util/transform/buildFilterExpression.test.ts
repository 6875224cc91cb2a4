import { describe, expect, it } from 'vitest';
import { buildFilterExpression } from './buildFilterExpression.js';

// Conformance with AppSync's filter rendering, which `@aws-appsync/utils/dynamodb` uses for conditions,
// filters and key conditions. Each case is a snapshot recorded from AWS with the EvaluateCode API, in
// localstack/appsync-utils `__tests__/__snapshots__/transform.test.js.snap` (commit b9bd6001), named
// `DynamoDB expression transforms <group> <case> 1`; the last two are from `index.test.js.snap`.

type Expected = readonly [string, Record<string, string>, Record<string, unknown>];
const N = (n: number) => ({ N: n });
const S = (s: string) => ({ S: s });

const RENDERED: readonly (readonly [string, unknown, Expected])[] = [
  ['comparison operators eq', { v: { eq: 'x' } }, ['(#v = :v_eq)', { '#v': 'v' }, { ':v_eq': S('x') }]],
  ['comparison operators ne', { v: { ne: 'x' } }, ['(#v <> :v_ne)', { '#v': 'v' }, { ':v_ne': S('x') }]],
  ['comparison operators lt', { v: { lt: 'x' } }, ['(#v < :v_lt)', { '#v': 'v' }, { ':v_lt': S('x') }]],
  ['comparison operators le', { v: { le: 'x' } }, ['(#v <= :v_le)', { '#v': 'v' }, { ':v_le': S('x') }]],
  ['comparison operators gt', { v: { gt: 'x' } }, ['(#v > :v_gt)', { '#v': 'v' }, { ':v_gt': S('x') }]],
  ['comparison operators ge', { v: { ge: 'x' } }, ['(#v >= :v_ge)', { '#v': 'v' }, { ':v_ge': S('x') }]],
  [
    'the type of an operand a number keeps its numeric type',
    { v: { eq: 10 } },
    ['(#v = :v_eq)', { '#v': 'v' }, { ':v_eq': N(10) }],
  ],
  [
    'the type of an operand a fractional number',
    { v: { eq: 1.5 } },
    ['(#v = :v_eq)', { '#v': 'v' }, { ':v_eq': N(1.5) }],
  ],
  [
    'the type of an operand a boolean',
    { v: { eq: true } },
    ['(#v = :v_eq)', { '#v': 'v' }, { ':v_eq': { BOOL: true } }],
  ],
  [
    'the type of an operand null',
    { v: { eq: null } },
    ['(#v = :v_eq)', { '#v': 'v' }, { ':v_eq': { NULL: null } }],
  ],
  [
    'the type of an operand an object',
    { v: { eq: { a: 1 } } },
    ['(#v = :v_eq)', { '#v': 'v' }, { ':v_eq': { M: { a: N(1) } } }],
  ],
  [
    'the type of an operand a list',
    { v: { eq: [1, 2] } },
    ['(#v = :v_eq)', { '#v': 'v' }, { ':v_eq': { L: [N(1), N(2)] } }],
  ],
  [
    'function operators contains leaves no space after the comma',
    { v: { contains: 'x' } },
    ['(contains(#v,:v_contains))', { '#v': 'v' }, { ':v_contains': S('x') }],
  ],
  [
    'function operators notContains',
    { v: { notContains: 'x' } },
    ['(NOT contains(#v,:v_notContains))', { '#v': 'v' }, { ':v_notContains': S('x') }],
  ],
  [
    'function operators beginsWith',
    { v: { beginsWith: 'x' } },
    ['(begins_with(#v,:v_beginsWith))', { '#v': 'v' }, { ':v_beginsWith': S('x') }],
  ],
  [
    'between names its bounds start and end',
    { v: { between: ['1', '9'] } },
    [
      '(#v BETWEEN :v_between_start AND :v_between_end)',
      { '#v': 'v' },
      { ':v_between_start': S('1'), ':v_between_end': S('9') },
    ],
  ],
  [
    'between numeric bounds',
    { v: { between: [1, 9] } },
    [
      '(#v BETWEEN :v_between_start AND :v_between_end)',
      { '#v': 'v' },
      { ':v_between_start': N(1), ':v_between_end': N(9) },
    ],
  ],
  [
    'between ignores anything past the second bound',
    { v: { between: ['1', '9', '3'] } },
    [
      '(#v BETWEEN :v_between_start AND :v_between_end)',
      { '#v': 'v' },
      { ':v_between_start': S('1'), ':v_between_end': S('9') },
    ],
  ],
  [
    'in separates its values with a comma and a space',
    { v: { in: ['a', 'b'] } },
    ['(#v IN (:v_in_0, :v_in_1))', { '#v': 'v' }, { ':v_in_0': S('a'), ':v_in_1': S('b') }],
  ],
  ['in a single value', { v: { in: ['a'] } }, ['(#v IN (:v_in_0))', { '#v': 'v' }, { ':v_in_0': S('a') }]],
  [
    'attributeExists true asks whether the attribute exists',
    { v: { attributeExists: true } },
    ['(attribute_exists(#v))', { '#v': 'v' }, {}],
  ],
  [
    'attributeExists false asks whether it does not',
    { v: { attributeExists: false } },
    ['(attribute_not_exists(#v))', { '#v': 'v' }, {}],
  ],
  [
    'attributeType every friendly type name becomes its DynamoDB type code',
    {
      a: { attributeType: '_null' },
      b: { attributeType: 'string' },
      c: { attributeType: 'stringSet' },
      d: { attributeType: 'number' },
      e: { attributeType: 'numberSet' },
      f: { attributeType: 'binary' },
      g: { attributeType: 'binarySet' },
      h: { attributeType: 'boolean' },
      i: { attributeType: 'list' },
      j: { attributeType: 'map' },
    },
    [
      'abcdefghij'
        .split('')
        .map((f) => `(attribute_type(#${f},:${f}_attributeType))`)
        .join(' AND '),
      Object.fromEntries('abcdefghij'.split('').map((f) => [`#${f}`, f])),
      Object.fromEntries(
        ['NULL', 'S', 'SS', 'N', 'NS', 'B', 'BS', 'BOOL', 'L', 'M'].map((code, i) => [
          `:${'abcdefghij'[i]}_attributeType`,
          S(code),
        ]),
      ),
    ],
  ],
  [
    'size compares the size of the attribute',
    { v: { size: { gt: 2 } } },
    ['(size(#v) > :v_size_gt)', { '#v': 'v' }, { ':v_size_gt': N(2) }],
  ],
  [
    'size combines with a range',
    { v: { size: { between: [1, 3] } } },
    [
      '(size(#v) BETWEEN :v_size_between_start AND :v_size_between_end)',
      { '#v': 'v' },
      { ':v_size_between_start': N(1), ':v_size_between_end': N(3) },
    ],
  ],
  [
    'size combines with a function',
    { v: { size: { contains: 'x' } } },
    ['(contains(size(#v),:v_size_contains))', { '#v': 'v' }, { ':v_size_contains': S('x') }],
  ],
  [
    'size combines with attributeExists',
    { v: { size: { attributeExists: true } } },
    ['(attribute_exists(size(#v)))', { '#v': 'v' }, {}],
  ],
  [
    'size two comparisons on one size',
    { v: { size: { gt: 2, lt: 5 } } },
    [
      '((size(#v) > :v_size_gt) AND (size(#v) < :v_size_lt))',
      { '#v': 'v' },
      { ':v_size_gt': N(2), ':v_size_lt': N(5) },
    ],
  ],
  [
    'size nesting size names the value again without nesting the call',
    { v: { size: { size: { gt: 1 } } } },
    ['(size(#v) > :v_size_size_gt)', { '#v': 'v' }, { ':v_size_size_gt': N(1) }],
  ],
  [
    'grouping two fields at the top level are joined without being wrapped',
    { a: { eq: 1 }, b: { eq: 2 } },
    ['(#a = :a_eq) AND (#b = :b_eq)', { '#a': 'a', '#b': 'b' }, { ':a_eq': N(1), ':b_eq': N(2) }],
  ],
  [
    'grouping a field carrying two operators is wrapped',
    { v: { ge: 1, le: 5 } },
    ['((#v >= :v_ge) AND (#v <= :v_le))', { '#v': 'v' }, { ':v_ge': N(1), ':v_le': N(5) }],
  ],
  [
    'grouping an and of one member is not wrapped',
    { and: [{ a: { eq: 1 } }] },
    ['(#a = :and_0_a_eq)', { '#a': 'a' }, { ':and_0_a_eq': N(1) }],
  ],
  [
    'grouping an and of two members is wrapped',
    { and: [{ a: { eq: 1 } }, { b: { eq: 2 } }] },
    [
      '((#a = :and_0_a_eq) AND (#b = :and_1_b_eq))',
      { '#a': 'a', '#b': 'b' },
      { ':and_0_a_eq': N(1), ':and_1_b_eq': N(2) },
    ],
  ],
  [
    'grouping an or of two members',
    { or: [{ a: { eq: 1 } }, { b: { eq: 2 } }] },
    [
      '((#a = :or_0_a_eq) OR (#b = :or_1_b_eq))',
      { '#a': 'a', '#b': 'b' },
      { ':or_0_a_eq': N(1), ':or_1_b_eq': N(2) },
    ],
  ],
  [
    'grouping not of a single comparison',
    { not: { a: { eq: 1 } } },
    ['(NOT (#a = :not_a_eq))', { '#a': 'a' }, { ':not_a_eq': N(1) }],
  ],
  [
    'grouping not of a group',
    { not: { and: [{ a: { eq: 1 } }, { b: { eq: 2 } }] } },
    [
      '(NOT ((#a = :not_and_0_a_eq) AND (#b = :not_and_1_b_eq)))',
      { '#a': 'a', '#b': 'b' },
      { ':not_and_0_a_eq': N(1), ':not_and_1_b_eq': N(2) },
    ],
  ],
  [
    'grouping not of a not',
    { not: { not: { a: { eq: 1 } } } },
    ['(NOT (NOT (#a = :not_not_a_eq)))', { '#a': 'a' }, { ':not_not_a_eq': N(1) }],
  ],
  [
    'grouping not inside an and',
    { and: [{ not: { a: { eq: 1 } } }, { b: { eq: 2 } }] },
    [
      '((NOT (#a = :and_0_not_a_eq)) AND (#b = :and_1_b_eq))',
      { '#a': 'a', '#b': 'b' },
      { ':and_0_not_a_eq': N(1), ':and_1_b_eq': N(2) },
    ],
  ],
  [
    'grouping an and inside an or',
    { or: [{ and: [{ a: { eq: 1 } }, { b: { eq: 2 } }] }, { c: { eq: 3 } }] },
    [
      '(((#a = :or_0_and_0_a_eq) AND (#b = :or_0_and_1_b_eq)) OR (#c = :or_1_c_eq))',
      { '#a': 'a', '#b': 'b', '#c': 'c' },
      { ':or_0_and_0_a_eq': N(1), ':or_0_and_1_b_eq': N(2), ':or_1_c_eq': N(3) },
    ],
  ],
  [
    'grouping an or inside an and',
    { and: [{ or: [{ a: { eq: 1 } }, { b: { eq: 2 } }] }, { c: { eq: 3 } }] },
    [
      '(((#a = :and_0_or_0_a_eq) OR (#b = :and_0_or_1_b_eq)) AND (#c = :and_1_c_eq))',
      { '#a': 'a', '#b': 'b', '#c': 'c' },
      { ':and_0_or_0_a_eq': N(1), ':and_0_or_1_b_eq': N(2), ':and_1_c_eq': N(3) },
    ],
  ],
  [
    'grouping value names carry every level of the nesting',
    { and: [{ or: [{ and: [{ a: { eq: 1 } }] }] }] },
    ['(#a = :and_0_or_0_and_0_a_eq)', { '#a': 'a' }, { ':and_0_or_0_and_0_a_eq': N(1) }],
  ],
  [
    'grouping a field beside a group',
    { a: { eq: 1 }, and: [{ b: { eq: 2 } }] },
    ['(#a = :a_eq) AND (#b = :and_0_b_eq)', { '#a': 'a', '#b': 'b' }, { ':a_eq': N(1), ':and_0_b_eq': N(2) }],
  ],
  [
    'grouping a field name is used verbatim, dots included',
    { 'a.b': { eq: 1 } },
    ['(#a.b = :a.b_eq)', { '#a.b': 'a.b' }, { ':a.b_eq': N(1) }],
  ],
  ['filters that render no expression an empty filter', {}, ['', {}, {}]],
  ['filters that render no expression an empty group', { and: [] }, ['', {}, {}]],
  [
    'filters that render no expression a field without operators keeps its name',
    { v: {} },
    ['', { '#v': 'v' }, {}],
  ],
  [
    'filters that render no expression a size without operators keeps the name of its field',
    { v: { size: {} } },
    ['', { '#v': 'v' }, {}],
  ],
  ['filters that render no expression not of an empty filter', { not: {} }, ['(NOT )', {}, {}]],
  [
    'filters that render no expression an empty list of values',
    { v: { in: [] } },
    ['(null)', { '#v': 'v' }, {}],
  ],
  [
    'filters that render no expression an empty field beside a comparison leaves a dangling joiner',
    { a: { eq: 1 }, b: {} },
    ['(#a = :a_eq) AND ', { '#a': 'a', '#b': 'b' }, { ':a_eq': N(1) }],
  ],
  [
    'filters that render no expression an empty member of a group leaves a dangling joiner',
    { and: [{ a: { eq: 1 } }, {}] },
    ['((#a = :and_0_a_eq) AND )', { '#a': 'a' }, { ':and_0_a_eq': N(1) }],
  ],
  [
    'both entry points render a filter the same way a comparison as a filter',
    { content: { eq: 'x' } },
    ['(#content = :content_eq)', { '#content': 'content' }, { ':content_eq': S('x') }],
  ],
  [
    'both entry points render a filter the same way a group of two members as a filter',
    { and: [{ content: { eq: 'x' } }, { version: { attributeExists: true } }] },
    [
      '((#content = :and_0_content_eq) AND (attribute_exists(#version)))',
      { '#content': 'content', '#version': 'version' },
      { ':and_0_content_eq': S('x') },
    ],
  ],
  [
    'both entry points render a filter the same way a negated range as a filter',
    { not: { id: { between: ['1', '9'] } } },
    [
      '(NOT (#id BETWEEN :not_id_between_start AND :not_id_between_end))',
      { '#id': 'id' },
      { ':not_id_between_start': S('1'), ':not_id_between_end': S('9') },
    ],
  ],
  [
    'Amplify model operations the condition guarding a create',
    { and: [{ id: { attributeExists: false } }] },
    ['(attribute_not_exists(#id))', { '#id': 'id' }, {}],
  ],
  [
    'Amplify model operations the condition guarding an update',
    { and: [{ id: { attributeExists: true } }, { _version: { eq: 1 } }] },
    [
      '((attribute_exists(#id)) AND (#_version = :and_1__version_eq))',
      { '#id': 'id', '#_version': '_version' },
      { ':and_1__version_eq': N(1) },
    ],
  ],
  [
    'Amplify model operations a list filter matching content',
    { content: { contains: 'foo' } },
    ['(contains(#content,:content_contains))', { '#content': 'content' }, { ':content_contains': S('foo') }],
  ],
  [
    'Amplify model operations a list filter combining content and a flag',
    { and: [{ content: { contains: 'a' } }, { done: { eq: true } }] },
    [
      '((contains(#content,:and_0_content_contains)) AND (#done = :and_1_done_eq))',
      { '#content': 'content', '#done': 'done' },
      { ':and_0_content_contains': S('a'), ':and_1_done_eq': { BOOL: true } },
    ],
  ],
  [
    'Amplify model operations a list filter combining a prefix and a range',
    { or: [{ content: { beginsWith: 'a' } }, { id: { between: ['1', '9'] } }] },
    [
      '((begins_with(#content,:or_0_content_beginsWith)) OR (#id BETWEEN :or_1_id_between_start AND :or_1_id_between_end))',
      { '#content': 'content', '#id': 'id' },
      {
        ':or_0_content_beginsWith': S('a'),
        ':or_1_id_between_start': S('1'),
        ':or_1_id_between_end': S('9'),
      },
    ],
  ],
  // index.test.js.snap "Transformations toDynamoDBFilterMap 1" and "toDynamoDBConditionExpression 1"
  [
    '(index.test.js.snap) Transformations toDynamoDBFilterMap',
    { title: { contains: 'Hello World' } },
    ['(contains(#title,:title_contains))', { '#title': 'title' }, { ':title_contains': S('Hello World') }],
  ],
  [
    '(index.test.js.snap) Transformations toDynamoDBConditionExpression',
    { id: { attributeExists: true }, version: { eq: 10 } },
    [
      '(attribute_exists(#id)) AND (#version = :version_eq)',
      { '#id': 'id', '#version': 'version' },
      { ':version_eq': N(10) },
    ],
  ],
];

describe('buildFilterExpression reproduces AWS (transform.test.js.snap)', () => {
  it.each(RENDERED)('%s 1', (_name, filter, [expression, expressionNames, expressionValues]) => {
    expect(buildFilterExpression(filter)).toEqual({ expression, expressionNames, expressionValues });
  });

  // The filters AWS answers null for are asserted through util.transform in createTransform.test.ts.

  // toDynamoDBConditionExpression renders these exactly as toDynamoDBFilterExpression does.
  const AS_CONDITION = RENDERED.filter(([name]) => name.startsWith('both entry points')).map(
    ([name, filter, expected]) => [name.replace('as a filter', 'as a condition'), filter, expected] as const,
  );
  it.each(AS_CONDITION)('%s 1', (_name, filter, [expression, expressionNames, expressionValues]) => {
    expect(buildFilterExpression(filter)).toEqual({ expression, expressionNames, expressionValues });
  });

  it('the shape of the result: serialised as AWS serialises it (a filter/condition expression is a JSON string 1)', () => {
    expect(JSON.stringify(buildFilterExpression({ content: { contains: 'foo' } }))).toBe(
      '{"expression":"(contains(#content,:content_contains))","expressionNames":{"#content":"content"},"expressionValues":{":content_contains":{"S":"foo"}}}',
    );
    expect(JSON.stringify(buildFilterExpression({ and: [{ id: { attributeExists: false } }] }))).toBe(
      '{"expression":"(attribute_not_exists(#id))","expressionNames":{"#id":"id"},"expressionValues":{}}',
    );
  });
});

describe('buildFilterExpression: rules of ours, where AWS has no recording', () => {
  it('an operator named like an Object.prototype member is unknown, so the filter renders null', () => {
    expect(buildFilterExpression({ v: { toString: 1 } })).toBeNull();
    expect(buildFilterExpression({ v: { constructor: 1 } })).toBeNull();
  });

  it('a member that is undefined is left out, so a filter renders as its JSON text would', () => {
    const filter = { a: { eq: 1, lt: undefined }, b: undefined, c: { in: ['x', undefined] } };
    expect(buildFilterExpression(filter)).toEqual(buildFilterExpression(JSON.parse(JSON.stringify(filter))));
    expect(buildFilterExpression(filter)).toEqual({
      expression: '(#a = :a_eq) AND (#c IN (:c_in_0, :c_in_1))',
      expressionNames: { '#a': 'a', '#c': 'c' },
      expressionValues: { ':a_eq': { N: 1 }, ':c_in_0': { S: 'x' }, ':c_in_1': { NULL: null } },
    });
  });
});
