import { describe, expect, it } from 'vitest';
import { createUtil } from '../runtime/util/createUtil.js';
import { testInvocation } from '../runtime/util/testInvocation.js';
import { matchesFilter, matchesInvalidationFilter } from './matchesFilter.js';
import { FILTER_LIMITS, parseSubscriptionFilter } from './parseSubscriptionFilter.js';
import type { SubscriptionFilter } from './SubscriptionFilter.js';

// Operator semantics: the operator table of https://docs.aws.amazon.com/appsync/latest/devguide/extensions-js.html
// ("Argument: filterJsonObject"): eq, ne, le, lt, ge, gt, contains ("a subsequence, or value in a set"),
// notContains, beginsWith, in, notIn, between, containsAny ("contains common elements").
const util = createUtil(() => testInvocation());
const filterOf = (filter: Record<string, unknown>): SubscriptionFilter =>
  parseSubscriptionFilter(util.transform.toSubscriptionFilter(filter)) as SubscriptionFilter;

const event = {
  id: 'e-1',
  group: 'admins',
  title: 'Order shipped',
  score: 7,
  tags: ['red', 'blue'],
  nested: { level: 3, label: 'deep', inner: { code: 'X1' } },
  nothing: null,
};

describe('matchesFilter: each operator of the enhanced filter spec', () => {
  it.each<[string, Record<string, unknown>, boolean]>([
    ['eq on a string', { group: { eq: 'admins' } }, true],
    ['eq on a string, other value', { group: { eq: 'users' } }, false],
    ['eq on a number', { score: { eq: 7 } }, true],
    ['eq null matches a null field', { nothing: { eq: null } }, true],
    ['eq null matches a missing field', { missing: { eq: null } }, true],
    ['ne', { group: { ne: 'users' } }, true],
    ['ne, same value', { group: { ne: 'admins' } }, false],
    ['lt', { score: { lt: 8 } }, true],
    ['lt, equal', { score: { lt: 7 } }, false],
    ['le, equal', { score: { le: 7 } }, true],
    ['gt', { score: { gt: 6 } }, true],
    ['gt, equal', { score: { gt: 7 } }, false],
    ['ge, equal', { score: { ge: 7 } }, true],
    ['lt on strings compares them', { title: { lt: 'P' } }, true],
    ['gt between a number and a string is false', { score: { gt: '1' } }, false],
    ['between, inside', { score: { between: [5, 9] } }, true],
    ['between includes its ends', { score: { between: [7, 7] } }, true],
    ['between, outside', { score: { between: [8, 9] } }, false],
    ['contains a substring', { title: { contains: 'ship' } }, true],
    ['contains an element of a list', { tags: { contains: 'blue' } }, true],
    ['contains, absent element', { tags: { contains: 'green' } }, false],
    ['notContains a substring', { title: { notContains: 'lost' } }, true],
    ['notContains, present element', { tags: { notContains: 'red' } }, false],
    ['beginsWith', { title: { beginsWith: 'Order' } }, true],
    ['beginsWith, other prefix', { title: { beginsWith: 'order' } }, false],
    ['in', { group: { in: ['users', 'admins'] } }, true],
    ['in, absent', { group: { in: ['users'] } }, false],
    ['notIn', { group: { notIn: ['users'] } }, true],
    ['notIn, present', { score: { notIn: [6, 7] } }, false],
    ['containsAny on a list', { tags: { containsAny: ['green', 'blue'] } }, true],
    ['containsAny, nothing shared', { tags: { containsAny: ['green'] } }, false],
    ['containsAny on a single value', { group: { containsAny: ['admins', 'x'] } }, true],
    ['a nested field path', { 'nested.level': { ge: 3 } }, true],
    ['a path three levels deep', { 'nested.inner.code': { eq: 'X1' } }, true],
    ['a path through a missing object', { 'missing.level': { eq: 3 } }, false],
  ])('%s', (_name, filter, expected) => {
    expect(matchesFilter(filterOf(filter), event)).toBe(expected);
  });

  it('ANDs the filters of a group and ORs the groups', () => {
    expect(matchesFilter(filterOf({ group: { eq: 'admins' }, score: { gt: 5 } }), event)).toBe(true);
    expect(matchesFilter(filterOf({ group: { eq: 'admins' }, score: { gt: 9 } }), event)).toBe(false);
    const either = filterOf({ or: [{ group: { eq: 'users' } }, { score: { eq: 7 } }] });
    expect(either.filterGroup).toHaveLength(2);
    expect(matchesFilter(either, event)).toBe(true);
    expect(matchesFilter(filterOf({ or: [{ group: { eq: 'users' } }, { score: { eq: 1 } }] }), event)).toBe(
      false,
    );
  });

  it('a filter without groups sets no condition; an invalidation filter without groups matches nothing', () => {
    expect(matchesFilter({ filterGroup: [] }, event)).toBe(true);
    expect(matchesInvalidationFilter({ filterGroup: [] }, event)).toBe(false);
    expect(matchesInvalidationFilter(filterOf({ group: { eq: 'admins' } }), event)).toBe(true);
  });

  it('an event that is null matches only conditions a missing field meets', () => {
    expect(matchesFilter(filterOf({ userId: { eq: 'u-1' } }), null)).toBe(false);
    expect(matchesFilter(filterOf({ userId: { ne: 'u-1' } }), null)).toBe(true);
  });
});

describe('parseSubscriptionFilter: the filters AppSync would refuse', () => {
  const one = (fieldName: string, operator: string, value: unknown): unknown => ({
    filterGroup: [{ filters: [{ fieldName, operator, value }] }],
  });

  it('accepts what util.transform.toSubscriptionFilter builds', () => {
    const built = util.transform.toSubscriptionFilter({ userId: { eq: 'u-1' }, orderId: { in: ['a', 'b'] } });
    expect(parseSubscriptionFilter(built)).toEqual(built);
  });

  it.each<[string, unknown, RegExp]>([
    ['not a filter', { userId: { eq: 1 } }, /no filterGroup/],
    ['a group without filters', { filterGroup: [{}] }, /no filters list/],
    ['an unknown operator', one('a', 'like', 'x'), /unknown operator like on a/],
    ['no fieldName', one('', 'eq', 1), /no fieldName/],
    [
      `in with more than ${FILTER_LIMITS.inValues} values`,
      one('a', 'in', [1, 2, 3, 4, 5, 6]),
      /in on a takes a list of at most 5/,
    ],
    ['notIn with a single value', one('a', 'notIn', 1), /notIn on a takes a list/],
    [
      `containsAny with more than ${FILTER_LIMITS.containsAnyValues} values`,
      one(
        'a',
        'containsAny',
        Array.from({ length: 21 }, (_, index) => index),
      ),
      /at most 20/,
    ],
    ['between with three values', one('a', 'between', [1, 2, 3]), /two values/],
    ['a path deeper than 5 levels', one('a.b.c.d.e.f', 'eq', 1), /more than 5 levels/],
    ['a path longer than 256 characters', one('a'.repeat(257), 'eq', 1), /longer than 256/],
    ['eq with an object', one('a', 'eq', { b: 1 }), /takes a single value/],
  ])('refuses %s', (_name, filter, problem) => {
    expect(parseSubscriptionFilter(filter)).toMatch(problem);
  });
});
