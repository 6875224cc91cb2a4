import { describe, expect, it } from 'vitest';
import { createExtensions } from './createExtensions.js';
import { testInvocation } from './testInvocation.js';

const DOCS = 'https://docs.aws.amazon.com/appsync/latest/devguide/extensions-js.html';

describe(`extensions record into the current invocation (${DOCS})`, () => {
  it('setSubscriptionFilter and setSubscriptionInvalidationFilter keep the last filter set', () => {
    const invocation = testInvocation({ typeName: 'Subscription', fieldName: 'onOrderStatusChanged' });
    const extensions = createExtensions(() => invocation);
    const byUser = {
      filterGroup: [{ filters: [{ fieldName: 'userId', operator: 'eq' as const, value: 1 }] }],
    };
    const byGroup = {
      filterGroup: [
        { filters: [{ fieldName: 'group', operator: 'in' as const, value: ['Admin', 'Developer'] }] },
      ],
    };
    extensions.setSubscriptionFilter(byGroup);
    extensions.setSubscriptionFilter(byUser);
    extensions.setSubscriptionInvalidationFilter(byGroup);
    expect(invocation.subscriptionFilter).toEqual(byUser);
    expect(invocation.subscriptionInvalidationFilter).toEqual(byGroup);
  });

  it('invalidateSubscriptions and evictFromApiCache are kept in call order', () => {
    const invocation = testInvocation({ typeName: 'Mutation', fieldName: 'deleteUser' });
    const extensions = createExtensions(() => invocation);
    extensions.invalidateSubscriptions({
      subscriptionField: 'onUserDelete',
      payload: { group: 'Developer', type: 'Full-Time' },
    });
    extensions.invalidateSubscriptions({ subscriptionField: 'onUserDelete', payload: { group: 'Admin' } });
    extensions.evictFromApiCache('Query', 'allClasses', { 'context.arguments.semester': 'Fall' });
    expect(invocation.invalidations).toEqual([
      { subscriptionField: 'onUserDelete', payload: { group: 'Developer', type: 'Full-Time' } },
      { subscriptionField: 'onUserDelete', payload: { group: 'Admin' } },
    ]);
    expect(invocation.cacheEvictions).toEqual([
      { typeName: 'Query', fieldName: 'allClasses', keyValuePair: { 'context.arguments.semester': 'Fall' } },
    ]);
  });

  it('each call records into the invocation current at that moment', () => {
    let current = testInvocation();
    const extensions = createExtensions(() => current);
    const first = current;
    extensions.invalidateSubscriptions({ subscriptionField: 'a', payload: {} });
    current = testInvocation();
    extensions.invalidateSubscriptions({ subscriptionField: 'b', payload: {} });
    expect(first.invalidations).toHaveLength(1);
    expect(current.invalidations).toEqual([{ subscriptionField: 'b', payload: {} }]);
  });
});
