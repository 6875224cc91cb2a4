import { describe, expect, it } from 'vitest';
import { createUtil } from '../createUtil.js';
import { testInvocation } from '../testInvocation.js';

const RECORDED = 'localstack/appsync-utils __tests__/__snapshots__/transform-subscription.test.js.snap';
const DOCS =
  'https://docs.aws.amazon.com/appsync/latest/devguide/transformation-helpers-in-utils-transform-js.html';
const util = createUtil(() => testInvocation());
const toFilter = (filter: unknown, ignored?: unknown, rules?: unknown): unknown =>
  util.transform.toSubscriptionFilter(filter as never, ignored as never, rules as never);

type F = [fieldName: string, operator: string, value: unknown];
const groups = (...alternatives: F[][]): unknown => ({
  filterGroup: alternatives.map((filters) => ({
    filters: filters.map(([fieldName, operator, value]) => ({ fieldName, operator, value })),
  })),
});

describe(`util.transform.toSubscriptionFilter, recorded on AWS (${RECORDED})`, () => {
  it.each<[string, unknown, unknown]>([
    ['one operator on one field', { a: { eq: 1 } }, groups([['a', 'eq', 1]])],
    [
      'two fields are combined',
      { a: { eq: 1 }, b: { eq: 2 } },
      groups([
        ['a', 'eq', 1],
        ['b', 'eq', 2],
      ]),
    ],
    [
      'an and combines its members',
      { and: [{ a: { eq: 1 } }, { b: { eq: 2 } }] },
      groups([
        ['a', 'eq', 1],
        ['b', 'eq', 2],
      ]),
    ],
    [
      'a field beside an and',
      { z: { eq: 0 }, and: [{ a: { eq: 1 } }] },
      groups([
        ['z', 'eq', 0],
        ['a', 'eq', 1],
      ]),
    ],
    [
      'a field path is kept as written',
      { 'loc.addr.country': { eq: 'USA' } },
      groups([['loc.addr.country', 'eq', 'USA']]),
    ],
  ])('a single group: %s', (_name, input, expected) => {
    expect(toFilter(input)).toEqual(expected);
  });

  it.each<[string, unknown, unknown]>([
    ['two operators on one field', { a: { eq: 1, ne: 2 } }, groups([['a', 'eq', 1]], [['a', 'ne', 2]])],
    [
      'an or splits into a group per member',
      { or: [{ a: { eq: 1 } }, { b: { eq: 2 } }] },
      groups([['a', 'eq', 1]], [['b', 'eq', 2]]),
    ],
    [
      'an or nested in an and',
      { and: [{ a: { eq: 1 } }, { or: [{ b: { eq: 2 } }, { c: { eq: 3 } }] }] },
      groups(
        [
          ['a', 'eq', 1],
          ['b', 'eq', 2],
        ],
        [
          ['a', 'eq', 1],
          ['c', 'eq', 3],
        ],
      ),
    ],
  ])('alternatives multiply the groups out: %s', (_name, input, expected) => {
    expect(toFilter(input)).toEqual(expected);
  });

  it.each<[string, unknown, unknown]>([
    [
      'the comparisons',
      { a: { le: 1 }, b: { lt: 2 }, c: { ge: 3 }, d: { gt: 4 } },
      groups([
        ['a', 'le', 1],
        ['b', 'lt', 2],
        ['c', 'ge', 3],
        ['d', 'gt', 4],
      ]),
    ],
    [
      'membership',
      { a: { in: [1, 2] }, b: { notIn: ['x'] } },
      groups([
        ['a', 'in', [1, 2]],
        ['b', 'notIn', ['x']],
      ]),
    ],
    ['between', { a: { between: [1, 9] } }, groups([['a', 'between', [1, 9]]])],
    [
      'the string operators',
      { a: { contains: 'x' }, b: { notContains: 'y' }, c: { beginsWith: 'z' } },
      groups([
        ['a', 'contains', 'x'],
        ['b', 'notContains', 'y'],
        ['c', 'beginsWith', 'z'],
      ]),
    ],
    ['containsAny', { a: { containsAny: ['x', 'y'] } }, groups([['a', 'containsAny', ['x', 'y']]])],
    ['a boolean value', { a: { eq: false } }, groups([['a', 'eq', false]])],
    ['an unknown operator', { a: { bogus: 1 } }, groups([['a', 'bogus', 1]])],
    ['not is treated as a field', { not: { a: { eq: 1 } } }, groups([['not', 'a', { eq: 1 }]])],
  ])('operators are carried through as written: %s', (_name, input, expected) => {
    expect(toFilter(input)).toEqual(expected);
  });

  it('ignored fields are dropped, also inside an and', () => {
    expect(toFilter({ a: { eq: 1 }, b: { eq: 2 } }, ['a'])).toEqual(groups([['b', 'eq', 2]]));
    expect(toFilter({ a: { eq: 1 }, and: [{ b: { eq: 2 } }] }, ['b'])).toEqual(groups([['a', 'eq', 1]]));
  });

  it('rules are added as alternatives, also on their own', () => {
    expect(toFilter({ a: { eq: 1 } }, [], { r1: { gte: 250 }, r2: { eq: 'p' } })).toEqual(
      groups(
        [
          ['a', 'eq', 1],
          ['r1', 'gte', 250],
        ],
        [
          ['a', 'eq', 1],
          ['r2', 'eq', 'p'],
        ],
      ),
    );
    expect(toFilter({}, [], { r1: { eq: 1 } })).toEqual(groups([['r1', 'eq', 1]]));
  });

  it('an empty filter, a field with no operator and an empty and produce no group', () => {
    expect(toFilter({})).toEqual({ filterGroup: [] });
    expect(toFilter({ a: {} })).toEqual({ filterGroup: [] });
    expect(toFilter({ and: [] })).toEqual({ filterGroup: [] });
  });

  it('answers null for null, no filter, an array and a JSON string', () => {
    expect(toFilter(null)).toBeNull();
    expect(toFilter(undefined)).toBeNull();
    expect(toFilter([])).toBeNull();
    expect(toFilter('{"a":{"eq":1}}')).toBeNull();
  });
});

describe(`util.transform.toSubscriptionFilter, the documented examples (${DOCS})`, () => {
  const book = (downvotes: Record<string, number>): unknown => ({
    percentageUp: { lte: 50, gte: 20 },
    and: [{ title: { ne: 'Book1' } }, { downvotes }],
    or: [{ author: { eq: 'Admin' } }, { isPublished: { eq: false } }],
  });

  it('argument 1: every operator of a field and every or member is an alternative', () => {
    const common: F[] = [
      ['title', 'ne', 'Book1'],
      ['downvotes', 'gt', 2000],
    ];
    expect(toFilter(book({ gt: 2000 }))).toEqual(
      groups(
        [['percentageUp', 'lte', 50], ...common, ['author', 'eq', 'Admin']],
        [['percentageUp', 'lte', 50], ...common, ['isPublished', 'eq', false]],
        [['percentageUp', 'gte', 20], ...common, ['author', 'eq', 'Admin']],
        [['percentageUp', 'gte', 20], ...common, ['isPublished', 'eq', false]],
      ),
    );
  });

  it('argument 2: ignored fields leave an or member that sets nothing out', () => {
    expect(toFilter(book({ gt: 20 }), ['percentageUp', 'author'])).toEqual(
      groups([
        ['title', 'ne', 'Book1'],
        ['downvotes', 'gt', 20],
        ['isPublished', 'eq', false],
      ]),
    );
  });

  it('argument 3: each strict rule joins every group as an alternative (rules are not ignored)', () => {
    // The page's input says `downvotes: { lt: 20 }` but its output `gt`; the input is used here.
    const common: F[] = [
      ['title', 'ne', 'Book1'],
      ['downvotes', 'lt', 20],
      ['isPublished', 'eq', false],
    ];
    expect(
      toFilter(book({ lt: 20 }), ['percentageUp', 'author'], {
        upvotes: { gte: 250 },
        author: { eq: 'Person1' },
      }),
    ).toEqual(groups([...common, ['upvotes', 'gte', 250]], [...common, ['author', 'eq', 'Person1']]));
  });
});
