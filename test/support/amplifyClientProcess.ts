/**
 * A Node program using Amplify v6's GraphQL client as an integrator's script would, run as a child process
 * by `test/amplifyClient.test.ts` (with `NODE_EXTRA_CA_CERTS`, which Node reads only at start-up).
 *
 * Given `AmplifyClientSettings` as JSON in SHOPSYNC_AMPLIFY_SETTINGS, it queries `categories` with the
 * API key, signs in with Amplify Auth (USER_PASSWORD_AUTH against the twin's pool), queries `me` as that
 * user, then subscribes to `onOrderStatusChanged` as that user. It reports each step to the parent as an
 * `AmplifyClientReport` over the IPC channel, and unsubscribes and ends on the message `'stop'`.
 */
import { Amplify } from 'aws-amplify';
import { generateClient } from 'aws-amplify/api';
import type { GraphQLQuery, GraphQLSubscription } from 'aws-amplify/api';
import { signIn } from 'aws-amplify/auth';
import { WebSocket } from 'ws';

/** What the parent passes: the twin's `config.json` values and the user to sign in as. */
export interface AmplifyClientSettings {
  readonly graphqlUrl: string;
  readonly region: string;
  readonly apiKey: string;
  readonly userPoolId: string;
  readonly userPoolClientId: string;
  readonly userPoolEndpoint: string;
  readonly email: string;
  readonly password: string;
}

/** One step's outcome, as the child reports it: a query's answer, a subscription event, or a failure. */
export type AmplifyClientReport =
  | { readonly step: 'apiKey' | 'userPool' | 'event'; readonly data: unknown }
  | { readonly step: 'failed'; readonly during: string; readonly error: unknown };

const CATEGORIES = /* GraphQL */ `
  query Categories {
    categories {
      name
    }
  }
`;
const ME = /* GraphQL */ `
  query Me {
    me {
      id
      email
    }
  }
`;
const ON_ORDER_STATUS_CHANGED = /* GraphQL */ `
  subscription OnOrderStatusChanged {
    onOrderStatusChanged {
      orderId
      userId
      status
    }
  }
`;

const settings = JSON.parse(process.env.SHOPSYNC_AMPLIFY_SETTINGS ?? '') as AmplifyClientSettings;
/** Sends `message` to the parent; resolves once it is handed over. */
const report = (message: AmplifyClientReport): Promise<void> =>
  new Promise((resolve) => process.send?.(message, () => resolve()) ?? resolve());
// JSON over IPC: an Error's fields are not enumerable.
const plain = (error: unknown): unknown =>
  error instanceof Error
    ? {
        name: error.name,
        message: error.message,
        ...(error.cause === undefined ? {} : { cause: plain(error.cause) }),
      }
    : error;

// Amplify opens its socket with the global WebSocket, which Node 20 lacks.
globalThis.WebSocket ??= WebSocket as unknown as typeof globalThis.WebSocket;
Amplify.configure({
  API: {
    GraphQL: {
      endpoint: settings.graphqlUrl,
      region: settings.region,
      defaultAuthMode: 'apiKey',
      apiKey: settings.apiKey,
    },
  },
  Auth: {
    Cognito: {
      userPoolId: settings.userPoolId,
      userPoolClientId: settings.userPoolClientId,
      userPoolEndpoint: settings.userPoolEndpoint,
      loginWith: { email: true },
    },
  },
});
const client = generateClient();

let during = 'the API key query';
try {
  const categories = await client.graphql<GraphQLQuery<unknown>>({ query: CATEGORIES });
  await report({ step: 'apiKey', data: categories.data });
  during = 'sign-in';
  await signIn({
    username: settings.email,
    password: settings.password,
    options: { authFlowType: 'USER_PASSWORD_AUTH' },
  });
  during = 'the user pool query';
  const me = await client.graphql<GraphQLQuery<unknown>>({ query: ME, authMode: 'userPool' });
  await report({ step: 'userPool', data: me.data });
  during = 'the subscription';
  const events = client.graphql<GraphQLSubscription<unknown>>({
    query: ON_ORDER_STATUS_CHANGED,
    authMode: 'userPool',
  });
  const subscription = events.subscribe({
    next: ({ data }) => void report({ step: 'event', data }),
    error: (error: unknown) => void report({ step: 'failed', during, error: plain(error) }),
  });
  process.on('message', (message) => {
    if (message !== 'stop') return;
    subscription.unsubscribe();
    process.disconnect?.();
    // Amplify keeps its socket a moment after the last subscription ends: nothing is left to wait for.
    process.exit(0);
  });
} catch (error) {
  await report({ step: 'failed', during, error: plain(error) });
  process.disconnect?.();
  process.exit(1);
}
