import { getDirectiveValues, GraphQLIncludeDirective, GraphQLSkipDirective } from 'graphql';
import type { GraphQLResolveInfo, SelectionNode } from 'graphql';

/** Whether `@skip` and `@include` keep `selection`, with the request's coerced variables. */
export function isIncluded(
  selection: SelectionNode,
  variables: GraphQLResolveInfo['variableValues'],
): boolean {
  const skip = getDirectiveValues(GraphQLSkipDirective, selection, variables);
  if (skip?.if === true) return false;
  const include = getDirectiveValues(GraphQLIncludeDirective, selection, variables);
  return include?.if !== false;
}
