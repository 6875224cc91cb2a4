import type { SubscriptionFilter } from '@aws-appsync/utils';

interface Filter {
  readonly fieldName: string;
  readonly operator: string;
  readonly value: unknown;
}

/** Alternatives (ORed), each a list of filters (ANDed); null means "no condition here". */
type Groups = Filter[][] | null;

/**
 * `util.transform.toSubscriptionFilter(filter, ignoredFields?, rules?)` as AWS answers it
 * (transformation-helpers-in-utils-transform-js docs; recorded: localstack/appsync-utils
 * `__tests__/__snapshots__/transform-subscription.test.js.snap`): the filter multiplied out into
 * `filterGroup`s, each an AND of filters, the groups ORed.
 * - Fields and `and` members combine (AND); each operator of one field, each `or` member and each
 *   rule is an alternative (OR), so groups multiply out in key order.
 * - Operators and values are carried through as written, unknown ones included; `not` is a field name.
 * - `ignoredFields` drops those fields at every level; `rules` (fields only) add one alternative per
 *   rule to every group, so at least one rule must hold.
 * - A filter that is not an object (null, a list, a JSON string) answers null; an empty one
 *   `{ filterGroup: [] }`.
 */
export function toSubscriptionFilter(
  filter: unknown,
  ignoredFields?: readonly unknown[] | null,
  rules?: unknown,
): SubscriptionFilter | null {
  if (!isObject(filter)) return null;
  const ignored = new Set<unknown>(Array.isArray(ignoredFields) ? ignoredFields : []);
  const groups = alternatives(filter, ignored);
  if (groups === undefined) return null;
  const ruleGroups = isObject(rules) ? ruleAlternatives(rules) : null;
  if (ruleGroups === undefined) return null;
  const all = product(groups, ruleGroups) ?? [];
  return {
    filterGroup: all.filter((group) => group.length > 0).map((filters) => ({ filters })),
  } as SubscriptionFilter;
}

/** The alternatives of one filter object; undefined when part of it cannot be read. */
function alternatives(
  filter: Readonly<Record<string, unknown>>,
  ignored: ReadonlySet<unknown>,
): Groups | undefined {
  let groups: Groups = null;
  for (const [key, value] of Object.entries(filter)) {
    if (ignored.has(key)) continue;
    let part: Groups;
    if (key === 'and' || key === 'or') {
      if (!Array.isArray(value)) return undefined;
      part = null;
      for (const member of value) {
        if (!isObject(member)) return undefined;
        const memberGroups = alternatives(member, ignored);
        if (memberGroups === undefined) return undefined;
        // An `or` member that sets no condition adds no alternative (docs: an ignored field's member).
        if (key === 'and') part = product(part, memberGroups);
        else if (memberGroups !== null) part = [...(part ?? []), ...memberGroups];
      }
    } else {
      const filters = fieldAlternatives(key, value);
      if (filters === undefined) return undefined;
      part = filters;
    }
    groups = product(groups, part);
  }
  return groups;
}

/** One alternative per rule: `rules` holds fields only, one condition each (docs, argument 3). */
function ruleAlternatives(rules: Readonly<Record<string, unknown>>): Groups | undefined {
  let groups: Groups = null;
  for (const [key, value] of Object.entries(rules)) {
    const filters = fieldAlternatives(key, value);
    if (filters === undefined) return undefined;
    if (filters !== null) groups = [...(groups ?? []), ...filters];
  }
  return groups;
}

/** Each operator of a field as an alternative of one filter; null for a field without operators. */
function fieldAlternatives(fieldName: string, operators: unknown): Groups | undefined {
  if (!isObject(operators)) return undefined;
  const filters = Object.entries(operators).map(([operator, value]) => [{ fieldName, operator, value }]);
  return filters.length === 0 ? null : filters;
}

/** Every alternative of `a` combined with every alternative of `b`; null is the neutral element. */
function product(a: Groups, b: Groups): Groups {
  if (a === null) return b;
  if (b === null) return a;
  return a.flatMap((left) => b.map((right) => [...left, ...right]));
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
