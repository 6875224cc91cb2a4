import { describe, expect, it } from 'vitest';
import { createUtil } from '../createUtil.js';
import { testInvocation } from '../testInvocation.js';

// Every expected value below was recorded from AWS with the EvaluateCode API:
// localstack/appsync-utils __tests__/__snapshots__/transform.test.js.snap (inputs in __tests__/transform.test.js).
const SOURCE = 'localstack/appsync-utils __tests__/__snapshots__/transform.test.js.snap';
const util = createUtil(() => testInvocation());
const filter = (input: unknown): unknown => parse(util.transform.toDynamoDBFilterExpression(input as never));
const condition = (input: unknown): unknown =>
  parse(util.transform.toDynamoDBConditionExpression(input as never));

function parse(result: string | null): unknown {
  return result === null ? null : JSON.parse(result);
}

function expr(expression: string, names: string[], values: Record<string, unknown> = {}): unknown {
  return {
    expression,
    expressionNames: Object.fromEntries(names.map((name) => [`#${name}`, name])),
    expressionValues: values,
  };
}

describe(`util.transform.toDynamoDBFilterExpression (${SOURCE})`, () => {
  it('answers a JSON string, keys in the order AWS writes them', () => {
    expect(util.transform.toDynamoDBFilterExpression({ content: { contains: 'foo' } })).toBe(
      '{"expression":"(contains(#content,:content_contains))","expressionNames":{"#content":"content"},"expressionValues":{":content_contains":{"S":"foo"}}}',
    );
    expect(util.transform.toDynamoDBConditionExpression({ and: [{ id: { attributeExists: false } }] })).toBe(
      '{"expression":"(attribute_not_exists(#id))","expressionNames":{"#id":"id"},"expressionValues":{}}',
    );
  });

  it.each([
    ['eq', '='],
    ['ne', '<>'],
    ['lt', '<'],
    ['le', '<='],
    ['gt', '>'],
    ['ge', '>='],
  ])('comparison %s renders %s', (operator, symbol) => {
    expect(filter({ v: { [operator]: 'x' } })).toEqual(
      expr(`(#v ${symbol} :v_${operator})`, ['v'], { [`:v_${operator}`]: { S: 'x' } }),
    );
  });

  it.each([
    ['a number keeps its numeric type', 10, { N: 10 }],
    ['a fractional number', 1.5, { N: 1.5 }],
    ['a boolean', true, { BOOL: true }],
    ['null', null, { NULL: null }],
    ['an object', { a: 1 }, { M: { a: { N: 1 } } }],
    ['a list', [1, 2], { L: [{ N: 1 }, { N: 2 }] }],
  ])('operand type: %s', (_name, operand, attribute) => {
    expect(filter({ v: { eq: operand } })).toEqual(expr('(#v = :v_eq)', ['v'], { ':v_eq': attribute }));
  });

  it('function operators leave no space after the comma', () => {
    expect(filter({ v: { contains: 'x' } })).toEqual(
      expr('(contains(#v,:v_contains))', ['v'], { ':v_contains': { S: 'x' } }),
    );
    expect(filter({ v: { notContains: 'x' } })).toEqual(
      expr('(NOT contains(#v,:v_notContains))', ['v'], { ':v_notContains': { S: 'x' } }),
    );
    expect(filter({ v: { beginsWith: 'x' } })).toEqual(
      expr('(begins_with(#v,:v_beginsWith))', ['v'], { ':v_beginsWith': { S: 'x' } }),
    );
  });

  it('between names its bounds start and end, and ignores a third', () => {
    const strings = expr('(#v BETWEEN :v_between_start AND :v_between_end)', ['v'], {
      ':v_between_start': { S: '1' },
      ':v_between_end': { S: '9' },
    });
    expect(filter({ v: { between: ['1', '9'] } })).toEqual(strings);
    expect(filter({ v: { between: ['1', '9', '3'] } })).toEqual(strings);
    expect(filter({ v: { between: [1, 9] } })).toEqual(
      expr('(#v BETWEEN :v_between_start AND :v_between_end)', ['v'], {
        ':v_between_start': { N: 1 },
        ':v_between_end': { N: 9 },
      }),
    );
  });

  it('in separates its values with a comma and a space', () => {
    expect(filter({ v: { in: ['a', 'b'] } })).toEqual(
      expr('(#v IN (:v_in_0, :v_in_1))', ['v'], { ':v_in_0': { S: 'a' }, ':v_in_1': { S: 'b' } }),
    );
    expect(filter({ v: { in: ['a'] } })).toEqual(expr('(#v IN (:v_in_0))', ['v'], { ':v_in_0': { S: 'a' } }));
  });

  it('attributeExists true and false', () => {
    expect(filter({ v: { attributeExists: true } })).toEqual(expr('(attribute_exists(#v))', ['v']));
    expect(filter({ v: { attributeExists: false } })).toEqual(expr('(attribute_not_exists(#v))', ['v']));
  });

  it('attributeType maps every friendly type name to its DynamoDB type code', () => {
    const types = [
      '_null',
      'string',
      'stringSet',
      'number',
      'numberSet',
      'binary',
      'binarySet',
      'boolean',
      'list',
      'map',
    ];
    const codes = ['NULL', 'S', 'SS', 'N', 'NS', 'B', 'BS', 'BOOL', 'L', 'M'];
    const fields = 'abcdefghij'.split('');
    expect(filter(Object.fromEntries(fields.map((f, i) => [f, { attributeType: types[i] }])))).toEqual(
      expr(
        fields.map((f) => `(attribute_type(#${f},:${f}_attributeType))`).join(' AND '),
        fields,
        Object.fromEntries(fields.map((f, i) => [`:${f}_attributeType`, { S: codes[i] }])),
      ),
    );
  });

  it('size compares, combines with a range, a function and attributeExists, and does not nest', () => {
    expect(filter({ v: { size: { gt: 2 } } })).toEqual(
      expr('(size(#v) > :v_size_gt)', ['v'], { ':v_size_gt': { N: 2 } }),
    );
    expect(filter({ v: { size: { between: [1, 3] } } })).toEqual(
      expr('(size(#v) BETWEEN :v_size_between_start AND :v_size_between_end)', ['v'], {
        ':v_size_between_start': { N: 1 },
        ':v_size_between_end': { N: 3 },
      }),
    );
    expect(filter({ v: { size: { contains: 'x' } } })).toEqual(
      expr('(contains(size(#v),:v_size_contains))', ['v'], { ':v_size_contains': { S: 'x' } }),
    );
    expect(filter({ v: { size: { attributeExists: true } } })).toEqual(
      expr('(attribute_exists(size(#v)))', ['v']),
    );
    expect(filter({ v: { size: { gt: 2, lt: 5 } } })).toEqual(
      expr('((size(#v) > :v_size_gt) AND (size(#v) < :v_size_lt))', ['v'], {
        ':v_size_gt': { N: 2 },
        ':v_size_lt': { N: 5 },
      }),
    );
    expect(filter({ v: { size: { size: { gt: 1 } } } })).toEqual(
      expr('(size(#v) > :v_size_size_gt)', ['v'], { ':v_size_size_gt': { N: 1 } }),
    );
  });

  it.each<[string, unknown, unknown]>([
    [
      'two fields at the top level are joined without being wrapped',
      { a: { eq: 1 }, b: { eq: 2 } },
      expr('(#a = :a_eq) AND (#b = :b_eq)', ['a', 'b'], { ':a_eq': { N: 1 }, ':b_eq': { N: 2 } }),
    ],
    [
      'a field carrying two operators is wrapped',
      { v: { ge: 1, le: 5 } },
      expr('((#v >= :v_ge) AND (#v <= :v_le))', ['v'], { ':v_ge': { N: 1 }, ':v_le': { N: 5 } }),
    ],
    [
      'an and of one member is not wrapped',
      { and: [{ a: { eq: 1 } }] },
      expr('(#a = :and_0_a_eq)', ['a'], { ':and_0_a_eq': { N: 1 } }),
    ],
    [
      'an and of two members is wrapped',
      { and: [{ a: { eq: 1 } }, { b: { eq: 2 } }] },
      expr('((#a = :and_0_a_eq) AND (#b = :and_1_b_eq))', ['a', 'b'], {
        ':and_0_a_eq': { N: 1 },
        ':and_1_b_eq': { N: 2 },
      }),
    ],
    [
      'an or of two members',
      { or: [{ a: { eq: 1 } }, { b: { eq: 2 } }] },
      expr('((#a = :or_0_a_eq) OR (#b = :or_1_b_eq))', ['a', 'b'], {
        ':or_0_a_eq': { N: 1 },
        ':or_1_b_eq': { N: 2 },
      }),
    ],
    [
      'not of a single comparison',
      { not: { a: { eq: 1 } } },
      expr('(NOT (#a = :not_a_eq))', ['a'], { ':not_a_eq': { N: 1 } }),
    ],
    [
      'not of a group',
      { not: { and: [{ a: { eq: 1 } }, { b: { eq: 2 } }] } },
      expr('(NOT ((#a = :not_and_0_a_eq) AND (#b = :not_and_1_b_eq)))', ['a', 'b'], {
        ':not_and_0_a_eq': { N: 1 },
        ':not_and_1_b_eq': { N: 2 },
      }),
    ],
    [
      'not of a not',
      { not: { not: { a: { eq: 1 } } } },
      expr('(NOT (NOT (#a = :not_not_a_eq)))', ['a'], { ':not_not_a_eq': { N: 1 } }),
    ],
    [
      'not inside an and',
      { and: [{ not: { a: { eq: 1 } } }, { b: { eq: 2 } }] },
      expr('((NOT (#a = :and_0_not_a_eq)) AND (#b = :and_1_b_eq))', ['a', 'b'], {
        ':and_0_not_a_eq': { N: 1 },
        ':and_1_b_eq': { N: 2 },
      }),
    ],
    [
      'an and inside an or',
      { or: [{ and: [{ a: { eq: 1 } }, { b: { eq: 2 } }] }, { c: { eq: 3 } }] },
      expr('(((#a = :or_0_and_0_a_eq) AND (#b = :or_0_and_1_b_eq)) OR (#c = :or_1_c_eq))', ['a', 'b', 'c'], {
        ':or_0_and_0_a_eq': { N: 1 },
        ':or_0_and_1_b_eq': { N: 2 },
        ':or_1_c_eq': { N: 3 },
      }),
    ],
    [
      'an or inside an and',
      { and: [{ or: [{ a: { eq: 1 } }, { b: { eq: 2 } }] }, { c: { eq: 3 } }] },
      expr('(((#a = :and_0_or_0_a_eq) OR (#b = :and_0_or_1_b_eq)) AND (#c = :and_1_c_eq))', ['a', 'b', 'c'], {
        ':and_0_or_0_a_eq': { N: 1 },
        ':and_0_or_1_b_eq': { N: 2 },
        ':and_1_c_eq': { N: 3 },
      }),
    ],
    [
      'value names carry every level of the nesting',
      { and: [{ or: [{ and: [{ a: { eq: 1 } }] }] }] },
      expr('(#a = :and_0_or_0_and_0_a_eq)', ['a'], { ':and_0_or_0_and_0_a_eq': { N: 1 } }),
    ],
    [
      'a field beside a group',
      { a: { eq: 1 }, and: [{ b: { eq: 2 } }] },
      expr('(#a = :a_eq) AND (#b = :and_0_b_eq)', ['a', 'b'], { ':a_eq': { N: 1 }, ':and_0_b_eq': { N: 2 } }),
    ],
    [
      'a field name is used verbatim, dots included',
      { 'a.b': { eq: 1 } },
      expr('(#a.b = :a.b_eq)', ['a.b'], { ':a.b_eq': { N: 1 } }),
    ],
  ])('grouping: %s', (_name, input, expected) => {
    expect(filter(input)).toEqual(expected);
  });

  it.each<[string, unknown, unknown]>([
    ['an empty filter', {}, expr('', [])],
    ['an empty group', { and: [] }, expr('', [])],
    ['a field without operators keeps its name', { v: {} }, expr('', ['v'])],
    ['a size without operators keeps the name of its field', { v: { size: {} } }, expr('', ['v'])],
    ['not of an empty filter', { not: {} }, expr('(NOT )', [])],
    ['an empty list of values', { v: { in: [] } }, expr('(null)', ['v'])],
    [
      'an empty field beside a comparison leaves a dangling joiner',
      { a: { eq: 1 }, b: {} },
      expr('(#a = :a_eq) AND ', ['a', 'b'], { ':a_eq': { N: 1 } }),
    ],
    [
      'an empty member of a group leaves a dangling joiner',
      { and: [{ a: { eq: 1 } }, {}] },
      expr('((#a = :and_0_a_eq) AND )', ['a'], { ':and_0_a_eq': { N: 1 } }),
    ],
  ])('renders no expression: %s', (_name, input, expected) => {
    expect(filter(input)).toEqual(expected);
  });

  it.each<[string, unknown]>([
    ['no filter at all', undefined],
    ['null', null],
    ['an array', []],
    ['a string', 'string'],
    ['an unknown operator', { v: { foo: 1 } }],
    ['a field holding a value instead of operators', { v: 'x' }],
    ['a field nested in a field', { a: { b: { eq: 1 } } }],
    ['an and given a map instead of a list', { and: { a: { eq: 1 } } }],
    ['an and given null', { and: null }],
    ['a group holding a null member', { and: [{ a: { eq: 1 } }, null] }],
    ['a not given a list', { not: [{ a: { eq: 1 } }] }],
    ['a range with a single bound', { v: { between: [1] } }],
    ['a range that is not a list', { v: { between: 'x' } }],
    ['a list of values that is not a list', { v: { in: 'x' } }],
    ['attributeExists given something other than a boolean', { v: { attributeExists: 'yes' } }],
    ['attributeType given a type code instead of a type name', { v: { attributeType: 'S' } }],
    ['attributeType given an unknown name', { v: { attributeType: 'bogus' } }],
    ['size given a value instead of operators', { v: { size: 3 } }],
  ])('answers null for a filter it cannot render: %s', (_name, input) => {
    expect(util.transform.toDynamoDBFilterExpression(input as never)).toBeNull();
  });
});

describe(`util.transform.toDynamoDBConditionExpression renders as the filter does (${SOURCE})`, () => {
  it.each<[string, unknown, unknown]>([
    [
      'a comparison',
      { content: { eq: 'x' } },
      expr('(#content = :content_eq)', ['content'], { ':content_eq': { S: 'x' } }),
    ],
    [
      'a group of two members',
      { and: [{ content: { eq: 'x' } }, { version: { attributeExists: true } }] },
      expr('((#content = :and_0_content_eq) AND (attribute_exists(#version)))', ['content', 'version'], {
        ':and_0_content_eq': { S: 'x' },
      }),
    ],
    [
      'a negated range',
      { not: { id: { between: ['1', '9'] } } },
      expr('(NOT (#id BETWEEN :not_id_between_start AND :not_id_between_end))', ['id'], {
        ':not_id_between_start': { S: '1' },
        ':not_id_between_end': { S: '9' },
      }),
    ],
  ])('%s', (_name, input, expected) => {
    expect(condition(input)).toEqual(expected);
    expect(filter(input)).toEqual(expected);
  });

  it('the conditions and list filters the Amplify transformer generates', () => {
    expect(condition({ and: [{ id: { attributeExists: false } }] })).toEqual(
      expr('(attribute_not_exists(#id))', ['id']),
    );
    expect(condition({ and: [{ id: { attributeExists: true } }, { _version: { eq: 1 } }] })).toEqual(
      expr('((attribute_exists(#id)) AND (#_version = :and_1__version_eq))', ['id', '_version'], {
        ':and_1__version_eq': { N: 1 },
      }),
    );
    expect(filter({ and: [{ content: { contains: 'a' } }, { done: { eq: true } }] })).toEqual(
      expr(
        '((contains(#content,:and_0_content_contains)) AND (#done = :and_1_done_eq))',
        ['content', 'done'],
        {
          ':and_0_content_contains': { S: 'a' },
          ':and_1_done_eq': { BOOL: true },
        },
      ),
    );
    expect(filter({ or: [{ content: { beginsWith: 'a' } }, { id: { between: ['1', '9'] } }] })).toEqual(
      expr(
        '((begins_with(#content,:or_0_content_beginsWith)) OR (#id BETWEEN :or_1_id_between_start AND :or_1_id_between_end))',
        ['content', 'id'],
        {
          ':or_0_content_beginsWith': { S: 'a' },
          ':or_1_id_between_start': { S: '1' },
          ':or_1_id_between_end': { S: '9' },
        },
      ),
    );
  });
});
