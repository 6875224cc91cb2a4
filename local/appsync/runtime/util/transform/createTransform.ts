import type { SubscriptionFilter, Util } from '@aws-appsync/utils';
import { unsupported } from '../unsupported.js';
import { buildFilterExpression } from './buildFilterExpression.js';
import { toSubscriptionFilter } from './toSubscriptionFilter.js';

/**
 * `util.transform` (https://docs.aws.amazon.com/appsync/latest/devguide/transformation-helpers-in-utils-transform-js.html).
 * The two DynamoDB transforms answer a JSON string (recorded: `"{\"expression\":…}"`), or null where
 * AWS answers null; `toSubscriptionFilter` answers an object. `toElasticsearchQueryDSL` is not
 * provided locally (no OpenSearch data source) and throws.
 */
export function createTransform(): Util['transform'] {
  // The typings promise a string and a filter, but AWS answers null for input it cannot read (recorded).
  const toJson = (filter: unknown): string => {
    const expression = buildFilterExpression(filter);
    return expression === null ? (null as unknown as string) : JSON.stringify(expression);
  };
  return {
    toDynamoDBFilterExpression: toJson,
    // AWS renders a condition exactly as a filter (recorded: "both entry points render a filter the same way").
    toDynamoDBConditionExpression: toJson,
    toElasticsearchQueryDSL: () => unsupported('util.transform.toElasticsearchQueryDSL'),
    toSubscriptionFilter: (filter: unknown, ignoredFields?: readonly unknown[], rules?: unknown) =>
      toSubscriptionFilter(filter, ignoredFields, rules) as SubscriptionFilter,
  };
}
