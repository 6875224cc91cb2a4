import { ApolloLink } from '@apollo/client';
import { Observable } from 'rxjs';

/**
 * The context entry of a subscription that wants to know when the server has started it: a function,
 * called once the subscription is acknowledged (AppSync's `start_ack`), before any event it carries.
 */
export const ON_SUBSCRIBED = 'onSubscribed';

/**
 * A link in front of the real-time one: for a subscription whose context holds `onSubscribed`, it asks
 * aws-appsync-subscription-link for its control messages and turns the `CONNECTED` one (which carries no
 * data, so Apollo Client would drop it) into that call. A page reads its data again then, and so misses
 * no change made while the socket was opening. Every other result passes through untouched.
 */
export function subscriptionReadyLink(): ApolloLink {
  return new ApolloLink((operation, forward) => {
    const onSubscribed: unknown = (operation.getContext() as Record<string, unknown>)[ON_SUBSCRIBED];
    if (typeof onSubscribed !== 'function') return forward(operation);
    operation.setContext({ controlMessages: { '@@controlEvents': true } });
    return new Observable<ApolloLink.Result>((observer) => {
      const inner = forward(operation).subscribe({
        next: (result) => {
          if ((result.extensions as { controlMsgType?: unknown } | undefined)?.controlMsgType === 'CONNECTED')
            (onSubscribed as () => void)();
          else observer.next(result);
        },
        error: (error: unknown) => observer.error(error),
        complete: () => observer.complete(),
      });
      return () => inner.unsubscribe();
    });
  });
}
