import { ApolloLink } from '@apollo/client';
import { Observable } from 'rxjs';
import type { Subscription } from 'rxjs';

/**
 * A link loaded when the first operation reaches it: `load` runs once and every operation then goes
 * through the link it resolved to. Keeps a heavy link (the real-time one) out of the first load. A
 * failed load fails that operation, and the next operation loads again.
 */
export function lazyLink(load: () => Promise<ApolloLink>): ApolloLink {
  let loading: Promise<ApolloLink> | undefined;
  return new ApolloLink(
    (operation, forward) =>
      new Observable<ApolloLink.Result>((observer) => {
        let inner: Subscription | undefined;
        let closed = false;
        loading ??= load().catch((error: unknown) => {
          loading = undefined;
          throw error;
        });
        loading.then(
          (link) => {
            if (!closed) inner = link.request(operation, forward).subscribe(observer);
          },
          (error: unknown) => observer.error(error),
        );
        return () => {
          closed = true;
          inner?.unsubscribe();
        };
      }),
  );
}
