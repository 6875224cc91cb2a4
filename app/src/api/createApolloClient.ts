import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { OperationTypeNode } from 'graphql';
import type { FieldMergeFunction, Reference } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { fetchAuthSession } from 'aws-amplify/auth';
import type { AppConfig } from '../config/AppConfig.js';
import { authHeaders } from './authHeaders.js';
import { lazyLink } from './lazyLink.js';
import { subscriptionReadyLink } from './subscriptionReadyLink.js';

interface Page {
  readonly items: readonly unknown[];
  readonly nextToken: string | null;
}

/**
 * The pages of one list (same filter, sort and limit) kept as one growing list: a page fetched with a
 * `nextToken` is appended, a first page replaces what was there.
 */
const appendPages: FieldMergeFunction<Page, Page> = (existing, incoming, { args }) =>
  existing && typeof args?.nextToken === 'string'
    ? { ...incoming, items: [...existing.items, ...incoming.items] }
    : incoming;

/** The cached `Order` an `order(id:)` field asks for; undefined without an id. */
function orderReference(
  args: Record<string, unknown> | null,
  toReference: (object: { __typename: string; id: string }) => Reference | undefined,
): Reference | undefined {
  return typeof args?.id === 'string' ? toReference({ __typename: 'Order', id: args.id }) : undefined;
}

/**
 * Apollo Client for the shop's API at `config.graphqlUrl`. Each request asks Amplify for the current
 * session (refreshing an expired token) and sends the ID token when a user is signed in, else the API key.
 * Subscriptions go over AppSync's real-time WebSocket (`subscriptionLinkOf`, loaded on the first one);
 * one may ask to be told when the server has started it (`subscriptionReadyLink`).
 * The products list is cached per filter and sort, its pages appended by `fetchMore`.
 */
export function createApolloClient(config: AppConfig): ApolloClient {
  const auth = new SetContextLink(async (context) => {
    const session = await fetchAuthSession();
    return {
      headers: {
        ...(context.headers as Record<string, string> | undefined),
        ...authHeaders(session.tokens?.idToken?.toString(), config.apiKey),
      },
    };
  });
  const http = ApolloLink.from([auth, new HttpLink({ uri: config.graphqlUrl })]);
  const realtime = lazyLink(() =>
    import('./subscriptionLinkOf.js').then((module) => module.subscriptionLinkOf(config, http)),
  );
  return new ApolloClient({
    link: ApolloLink.split(
      (operation) => operation.operationType === OperationTypeNode.SUBSCRIPTION,
      ApolloLink.from([subscriptionReadyLink(), realtime]),
      http,
    ),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            products: { keyArgs: ['filter', 'sort', 'limit'], merge: appendPages },
            // The shopper's order history grows page by page like the catalog.
            myOrders: { keyArgs: ['limit'], merge: appendPages },
            // An order already cached (the one just placed) shows at once on its page.
            order: {
              read: (existing: Reference | null | undefined, { args, toReference }) =>
                existing !== undefined ? existing : orderReference(args, toReference),
            },
          },
        },
        // Money has no id: it is part of the product that holds it, and always has the same fields.
        Money: { merge: true },
        // One cart per signed-in user (the cache is cleared when the user changes): every answer that
        // returns the cart (`cart`, `setCartItem`, `mergeCart`, `clearCart`) updates the one the header counts.
        Cart: { keyFields: [], fields: { items: { merge: false } } },
        // A promo code is known by its code (stored upper-case): an update changes it in every list.
        PromoCode: { keyFields: ['code'] },
      },
    }),
  });
}
