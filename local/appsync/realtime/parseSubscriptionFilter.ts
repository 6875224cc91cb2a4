import { FILTER_OPERATORS } from './SubscriptionFilter.js';
import type { FilterCondition, FilterOperator, SubscriptionFilter } from './SubscriptionFilter.js';

/**
 * AppSync's limits on a filter, as the `lambda-appsync` crate enforces them (docs.rs
 * `lambda_appsync::subscription_filters`, "AWS AppSync's filter constraints"): field paths at most 5
 * levels deep and 256 characters, `in`/`notIn` at most 5 values, `containsAny` at most 20. AWS's own
 * page was not readable here; these are second-hand.
 */
export const FILTER_LIMITS = {
  pathDepth: 5,
  pathLength: 256,
  inValues: 5,
  containsAnyValues: 20,
} as const;

/**
 * Checks a filter set by a subscription resolver and returns it typed, or a sentence saying what is
 * wrong (an unknown operator, a limit exceeded, a value of the wrong form).
 */
export function parseSubscriptionFilter(json: unknown): SubscriptionFilter | string {
  if (!isObject(json) || !Array.isArray(json.filterGroup)) return 'the filter has no filterGroup list';
  const groups: { filters: FilterCondition[] }[] = [];
  for (const group of json.filterGroup) {
    if (!isObject(group) || !Array.isArray(group.filters)) return 'a filter group has no filters list';
    const filters: FilterCondition[] = [];
    for (const filter of group.filters) {
      const problem = conditionProblem(filter);
      if (problem) return problem;
      filters.push(filter as FilterCondition);
    }
    groups.push({ filters });
  }
  return { filterGroup: groups };
}

function conditionProblem(filter: unknown): string | undefined {
  if (!isObject(filter)) return 'a filter is not an object';
  const { fieldName, operator, value } = filter;
  if (typeof fieldName !== 'string' || fieldName === '') return 'a filter has no fieldName';
  if (fieldName.length > FILTER_LIMITS.pathLength)
    return `fieldName ${fieldName.slice(0, 20)}… is longer than ${FILTER_LIMITS.pathLength} characters`;
  if (fieldName.split('.').length > FILTER_LIMITS.pathDepth)
    return `fieldName ${fieldName} is nested more than ${FILTER_LIMITS.pathDepth} levels deep`;
  if (!FILTER_OPERATORS.includes(operator as FilterOperator))
    return `unknown operator ${String(operator)} on ${fieldName}`;
  switch (operator as FilterOperator) {
    case 'in':
    case 'notIn':
      if (!Array.isArray(value) || value.length > FILTER_LIMITS.inValues)
        return `${String(operator)} on ${fieldName} takes a list of at most ${FILTER_LIMITS.inValues} values`;
      break;
    case 'containsAny':
      if (!Array.isArray(value) || value.length > FILTER_LIMITS.containsAnyValues)
        return `containsAny on ${fieldName} takes a list of at most ${FILTER_LIMITS.containsAnyValues} values`;
      break;
    case 'between':
      if (!Array.isArray(value) || value.length !== 2)
        return `between on ${fieldName} takes a list of two values`;
      break;
    default:
      if (value !== null && typeof value === 'object')
        return `${String(operator)} on ${fieldName} takes a single value`;
  }
  return undefined;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
