/** One condition of an enhanced subscription filter: `fieldName` (a dotted path) `operator` `value`. */
export interface FilterCondition {
  readonly fieldName: string;
  readonly operator: FilterOperator;
  readonly value: unknown;
}

/**
 * The filter JSON of `extensions.setSubscriptionFilter` and `setSubscriptionInvalidationFilter`, as
 * `util.transform.toSubscriptionFilter` builds it (extensions-js docs, "Argument: filterJsonObject"):
 * the groups are ORed, the filters of a group ANDed.
 */
export interface SubscriptionFilter {
  readonly filterGroup: readonly { readonly filters: readonly FilterCondition[] }[];
}

/** The operators AppSync lists for subscription filters (extensions-js docs, operator table). */
export const FILTER_OPERATORS = [
  'eq',
  'ne',
  'le',
  'lt',
  'ge',
  'gt',
  'contains',
  'notContains',
  'beginsWith',
  'in',
  'notIn',
  'between',
  'containsAny',
] as const;

export type FilterOperator = (typeof FILTER_OPERATORS)[number];
