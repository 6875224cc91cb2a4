import { isDeepStrictEqual } from 'node:util';
import type { FilterCondition, SubscriptionFilter } from './SubscriptionFilter.js';

/**
 * Whether `event` passes `filter`: some group whose filters all hold (groups ORed, filters ANDed, as
 * the extensions-js docs define `filterGroup`). A filter without groups sets no condition and passes.
 *
 * Each `fieldName` is a dotted path into the event. Operators follow AppSync's table: `eq`/`ne` compare
 * values (a missing field is null); `lt`/`le`/`gt`/`ge`/`between` compare numbers with numbers and
 * strings with strings, `between` inclusive of both ends; `contains`/`notContains` look for a substring
 * of a string or an element of a list; `beginsWith` a string prefix; `in`/`notIn` the field's value
 * among the listed ones; `containsAny` an element the field's list (or value) shares with the listed
 * ones. A comparison between values of different kinds is false, and its `not…` form true.
 */
export function matchesFilter(filter: SubscriptionFilter, event: unknown): boolean {
  if (filter.filterGroup.length === 0) return true;
  return filter.filterGroup.some((group) => group.filters.every((condition) => holds(condition, event)));
}

/**
 * Whether `payload` matches an invalidation filter: like `matchesFilter`, except that a filter without
 * groups matches nothing (an empty filter must not close every subscription).
 */
export function matchesInvalidationFilter(filter: SubscriptionFilter, payload: unknown): boolean {
  return filter.filterGroup.length > 0 && matchesFilter(filter, payload);
}

function holds({ fieldName, operator, value }: FilterCondition, event: unknown): boolean {
  const actual = valueAt(event, fieldName);
  switch (operator) {
    case 'eq':
      return same(actual, value);
    case 'ne':
      return !same(actual, value);
    case 'lt':
      return ordered(actual, value, (a, b) => a < b);
    case 'le':
      return ordered(actual, value, (a, b) => a <= b);
    case 'gt':
      return ordered(actual, value, (a, b) => a > b);
    case 'ge':
      return ordered(actual, value, (a, b) => a >= b);
    case 'between': {
      const [low, high] = value as readonly unknown[];
      return ordered(actual, low, (a, b) => a >= b) && ordered(actual, high, (a, b) => a <= b);
    }
    case 'contains':
      return contains(actual, value);
    case 'notContains':
      return !contains(actual, value);
    case 'beginsWith':
      return typeof actual === 'string' && typeof value === 'string' && actual.startsWith(value);
    case 'in':
      return (value as readonly unknown[]).some((candidate) => same(actual, candidate));
    case 'notIn':
      return !(value as readonly unknown[]).some((candidate) => same(actual, candidate));
    case 'containsAny': {
      const elements = Array.isArray(actual)
        ? actual
        : actual === undefined || actual === null
          ? []
          : [actual];
      return (value as readonly unknown[]).some((candidate) =>
        elements.some((element) => same(element, candidate)),
      );
    }
  }
}

/** The value at a dotted path; undefined when a step is missing or not an object. */
function valueAt(event: unknown, path: string): unknown {
  let current = event;
  for (const key of path.split('.')) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function same(actual: unknown, expected: unknown): boolean {
  return isDeepStrictEqual(actual ?? null, expected ?? null);
}

/** `test(a, b)` when both are numbers or both strings; false otherwise. */
function ordered(a: unknown, b: unknown, test: (a: number | string, b: number | string) => boolean): boolean {
  const sameKind =
    (typeof a === 'number' && typeof b === 'number') || (typeof a === 'string' && typeof b === 'string');
  return sameKind && test(a, b);
}

function contains(actual: unknown, value: unknown): boolean {
  if (typeof actual === 'string') return typeof value === 'string' && actual.includes(value);
  if (Array.isArray(actual)) return actual.some((element) => same(element, value));
  return false;
}
