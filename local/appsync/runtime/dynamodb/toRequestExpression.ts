import { buildFilterExpression } from '../util/index.js';
import type { Expression } from './Expression.js';

/**
 * A `condition`, `filter` or `query` argument as the request carries it: the filter object rendered by
 * {@link buildFilterExpression} (the renderer behind `util.transform.toDynamoDBFilterExpression`), without `expressionValues` when it binds none (localstack/appsync-utils
 * test "put guarded by an attribute existing"). Undefined when the argument is absent or null, or renders
 * to nothing (`{}`), since DynamoDB refuses an empty expression.
 * Throws a TypeError for a filter AWS would render as null: leaving a guard out silently would be worse
 * than failing the resolver.
 */
export function toRequestExpression(filter: unknown, argument: string): Expression | undefined {
  if (filter === undefined || filter === null) return undefined;
  const built = buildFilterExpression(filter);
  if (built === null) throw new TypeError(`${argument}: not a filter object DynamoDB can be given`);
  if (built.expression === '') return undefined;
  return Object.keys(built.expressionValues).length > 0
    ? built
    : { expression: built.expression, expressionNames: built.expressionNames };
}
