import { ApolloClient, ApolloLink, InMemoryCache, gql } from '@apollo/client';
import { Observable } from 'rxjs';
import { describe, expect, it } from 'vitest';
import { ON_SUBSCRIBED, subscriptionReadyLink } from './subscriptionReadyLink.js';

const SUBSCRIPTION = gql`
  subscription Watch {
    onOrderStatusChanged {
      orderId
    }
  }
`;

/**
 * A terminating link that answers as aws-appsync-subscription-link does: the `CONNECTED` control message
 * (no data) when the context asks for control messages, then one event. It records the context it saw.
 */
function realtimeLike(seen: Record<string, unknown>[]): ApolloLink {
  return new ApolloLink(
    (operation) =>
      new Observable((observer) => {
        const context = operation.getContext() as Record<string, unknown>;
        seen.push(context);
        const control = (context.controlMessages as Record<string, unknown> | undefined)?.['@@controlEvents'];
        if (control === true) observer.next({ extensions: { controlMsgType: 'CONNECTED' } });
        observer.next({ data: { onOrderStatusChanged: { orderId: 'o1' } } });
        observer.complete();
      }),
  );
}

/** Runs the subscription through `link`, logging each result it emits into `log`. */
const run = (link: ApolloLink, context: Record<string, unknown>, log: unknown[] = []) => {
  const client = new ApolloClient({ link, cache: new InMemoryCache() });
  ApolloLink.execute(link, { query: SUBSCRIPTION, context }, { client }).subscribe({
    next: (result) => log.push(result),
  });
  return log;
};

describe('subscriptionReadyLink', () => {
  it('asks for control messages and turns CONNECTED into the onSubscribed call, before the events', () => {
    const seen: Record<string, unknown>[] = [];
    const log: unknown[] = [];
    run(
      ApolloLink.from([subscriptionReadyLink(), realtimeLike(seen)]),
      { [ON_SUBSCRIBED]: () => log.push('subscribed') },
      log,
    );
    expect(seen[0]?.controlMessages).toEqual({ '@@controlEvents': true });
    expect(log).toEqual(['subscribed', { data: { onOrderStatusChanged: { orderId: 'o1' } } }]);
  });

  it('leaves a subscription without onSubscribed as it is', () => {
    const seen: Record<string, unknown>[] = [];
    const results = run(ApolloLink.from([subscriptionReadyLink(), realtimeLike(seen)]), {});
    expect(seen[0]?.controlMessages).toBeUndefined();
    expect(results).toEqual([{ data: { onOrderStatusChanged: { orderId: 'o1' } } }]);
  });
});
