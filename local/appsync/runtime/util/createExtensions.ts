import type { Extensions } from '@aws-appsync/utils';
import type { Invocation } from '../Invocation.js';

/**
 * The APPSYNC_JS `extensions` global (https://docs.aws.amazon.com/appsync/latest/devguide/extensions-js.html),
 * recording into the current invocation for the host to act on: the subscription and invalidation
 * filters (the last call wins), each `invalidateSubscriptions` and `evictFromApiCache` in call order.
 * AWS's limits (filters only in a subscription's response handler, at most five unique invalidations
 * per request, evictions only in mutations) span the request, so the host enforces them.
 */
export function createExtensions(current: () => Invocation): Extensions {
  return {
    setSubscriptionFilter(filter) {
      current().subscriptionFilter = filter;
    },
    setSubscriptionInvalidationFilter(filter) {
      current().subscriptionInvalidationFilter = filter;
    },
    invalidateSubscriptions(invalidation) {
      current().invalidations.push(invalidation);
    },
    evictFromApiCache(typeName, fieldName, keyValuePair) {
      current().cacheEvictions.push({ typeName, fieldName, keyValuePair });
    },
  };
}
