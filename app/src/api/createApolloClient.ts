import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import type { FieldMergeFunction } from '@apollo/client';
import { SetContextLink } from '@apollo/client/link/context';
import { fetchAuthSession } from 'aws-amplify/auth';
import type { AppConfig } from '../config/AppConfig.js';
import { authHeaders } from './authHeaders.js';

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

/**
 * Apollo Client for the shop's API at `config.graphqlUrl`. Each request asks Amplify for the current
 * session (refreshing an expired token) and sends the ID token when a user is signed in, else the API key.
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
  return new ApolloClient({
    link: ApolloLink.from([auth, new HttpLink({ uri: config.graphqlUrl })]),
    cache: new InMemoryCache({
      typePolicies: {
        Query: {
          fields: {
            products: { keyArgs: ['filter', 'sort', 'limit'], merge: appendPages },
          },
        },
        // Money has no id: it is part of the product that holds it, and always has the same fields.
        Money: { merge: true },
      },
    }),
  });
}
