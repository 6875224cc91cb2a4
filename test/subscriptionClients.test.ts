import { ApolloClient, HttpLink, InMemoryCache, gql } from '@apollo/client';
import type { ApolloLink, TypedDocumentNode } from '@apollo/client';
import { UnconventionalError } from '@apollo/client/errors';
import type { AuthOptions } from 'aws-appsync-auth-link';
import { createSubscriptionHandshakeLink } from 'aws-appsync-subscription-link';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Subscription } from 'rxjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../infra/paths.js';
import { shop } from '../infra/shop.js';
import { startTwin } from '../local/twin.js';
import type { Twin } from '../local/twin.js';
import { iamSignedHeaders, signUpUser } from './support/twinClients.js';

// The app's own client stack against the whole twin: Apollo Client 4 with aws-appsync-subscription-link
// (subscriptions over /graphql/realtime) for shoppers; the backend's `publishOrderStatus` is a SigV4-signed
// POST, as the order functions sign it (aws-appsync-auth-link 4.0.2 cannot sign IAM under Node's ESM:
// its `import * as crypto from '@aws-crypto/sha256-js'` 1.x finds no `Sha256`, "Sha256 is not a
// constructor"). The link opens its socket with the global `WebSocket`, which Node 20 lacks (Node 22 has
// it): the `ws` package stands in, wrapped to record the frames each way.

interface OrderStatusEvent {
  readonly __typename?: 'OrderStatusEvent';
  readonly orderId: string;
  readonly userId: string;
  readonly status: string;
}
type OnOrderStatusChanged = { readonly onOrderStatusChanged: OrderStatusEvent | null };

const ON_ORDER_STATUS_CHANGED: TypedDocumentNode<OnOrderStatusChanged, { orderId?: string }> = gql`
  subscription OnOrderStatusChanged($orderId: ID) {
    onOrderStatusChanged(orderId: $orderId) {
      orderId
      userId
      status
    }
  }
`;
const PUBLISH_ORDER_STATUS = `mutation ($input: OrderStatusEventInput!) {
  publishOrderStatus(input: $input) { orderId userId status reason at }
}`;

/** A frame the link's socket sent or received, parsed. */
interface Frame {
  readonly direction: 'sent' | 'received';
  readonly type: string;
  readonly id?: string;
}

const root = mkdtempSync(path.join(tmpdir(), 'shopsync-subscription-clients-'));
const frames: Frame[] = [];
const clients: ApolloClient[] = [];
const subscriptions: Subscription[] = [];
const originalWebSocket = globalThis.WebSocket as unknown;
let twin: Twin;
let alice: { sub: string; token: string };
let bob: { sub: string; token: string };

/** The global `WebSocket` (or `ws`'s) wrapped to record every frame, so a test can see what went over. */
async function recordingWebSocket(): Promise<typeof globalThis.WebSocket> {
  const native = globalThis.WebSocket as typeof globalThis.WebSocket | undefined;
  const Base = native ?? ((await import('ws')).WebSocket as unknown as typeof globalThis.WebSocket);
  const record = (direction: Frame['direction'], data: unknown): void => {
    if (typeof data !== 'string') return;
    const { type, id } = JSON.parse(data) as { type: string; id?: string };
    frames.push({ direction, type, ...(id === undefined ? {} : { id }) });
  };
  return class RecordingWebSocket extends Base {
    constructor(...args: ConstructorParameters<typeof globalThis.WebSocket>) {
      super(...args);
      this.addEventListener('message', (event: MessageEvent) => record('received', event.data));
    }

    override send(data: string | ArrayBufferLike | Blob | ArrayBufferView): void {
      record('sent', data);
      super.send(data);
    }
  };
}

/** An Apollo client of the twin for `auth`: subscriptions over the real-time link, the rest over HTTP. */
function apolloClient(auth: AuthOptions): ApolloClient {
  const url = twin.config.graphqlUrl;
  const region = 'us-east-1';
  const client = new ApolloClient({
    // The package's types name @apollo/client's CommonJS declarations; at run time its ESM build imports
    // the same @apollo/client/core as this file.
    link: createSubscriptionHandshakeLink(
      { url, region, auth },
      new HttpLink({ uri: url }) as unknown as Parameters<typeof createSubscriptionHandshakeLink>[1],
    ) as unknown as ApolloLink,
    cache: new InMemoryCache(),
    defaultOptions: { query: { fetchPolicy: 'no-cache' }, mutate: { fetchPolicy: 'no-cache' } },
  });
  clients.push(client);
  return client;
}

/** What one subscription has emitted so far. */
interface Watched {
  readonly events: OrderStatusEvent[];
  readonly errors: unknown[];
  readonly subscription: Subscription;
}

/** Subscribes to `onOrderStatusChanged` through `client`, collecting events and errors. */
function watch(client: ApolloClient, variables: { orderId?: string } = {}): Watched {
  const events: OrderStatusEvent[] = [];
  const errors: unknown[] = [];
  const subscription = client
    .subscribe({ query: ON_ORDER_STATUS_CHANGED, variables, fetchPolicy: 'no-cache' })
    .subscribe({
      next: (result) => {
        if (result.error) errors.push(result.error);
        const event = result.data?.onOrderStatusChanged;
        if (event) events.push(event);
      },
      error: (error: unknown) => errors.push(error),
    });
  subscriptions.push(subscription);
  return { events, errors, subscription };
}

/** How long `expect.poll` waits for the twin or the link to get somewhere (a loaded machine is slow). */
const POLL = { timeout: 10_000 } as const;

/**
 * What `watched` received before `barrier`, an event published after the ones under test that the
 * subscription accepts; waits for the barrier to arrive. The twin delivers events in the order they were
 * published and the client's socket keeps that order, so an earlier event that has not arrived by then
 * never will.
 */
async function receivedBefore(watched: Watched, barrier: OrderStatusEvent): Promise<OrderStatusEvent[]> {
  const isBarrier = (event: OrderStatusEvent): boolean =>
    event.orderId === barrier.orderId && event.userId === barrier.userId && event.status === barrier.status;
  await expect.poll(() => watched.events.some(isBarrier), POLL).toBe(true);
  return watched.events.slice(0, watched.events.findIndex(isBarrier));
}

/** The backend's publish: `publishOrderStatus` over HTTP, SigV4-signed (service appsync) with IAM keys. */
async function publishStatus(orderId: string, userId: string, status: string): Promise<void> {
  const url = new URL(twin.config.graphqlUrl);
  const at = '2026-11-26T08:00:00.000Z';
  const body = JSON.stringify({
    query: PUBLISH_ORDER_STATUS,
    variables: { input: { orderId, userId, status, at } },
  });
  const response = await fetch(url, { method: 'POST', headers: await iamSignedHeaders(url, body), body });
  expect(await response.json()).toEqual({
    data: { publishOrderStatus: { orderId, userId, status, reason: null, at } },
  });
}

/** A shopper signed up through the twin's Cognito, as `{ sub, token }`. */
async function signUp(email: string): Promise<{ sub: string; token: string }> {
  const { sub, idToken } = await signUpUser(twin, email);
  return { sub, token: idToken };
}

const shopper = (token: string): AuthOptions => ({ type: 'AMAZON_COGNITO_USER_POOLS', jwtToken: token });
const started = (): number => frames.filter((frame) => frame.type === 'start_ack').length;

beforeAll(async () => {
  globalThis.WebSocket = await recordingWebSocket();
  twin = await startTwin({
    description: shop,
    rootDir: ROOT_DIR,
    port: 0,
    stateDir: path.join(root, 'state'),
  });
  alice = await signUp('alice@example.com');
  bob = await signUp('bob@example.com');
});

afterAll(async () => {
  for (const subscription of subscriptions) subscription.unsubscribe();
  for (const client of clients) client.stop();
  await twin?.stop();
  (globalThis as { WebSocket?: unknown }).WebSocket = originalWebSocket;
  rmSync(root, { recursive: true, force: true });
});

describe('aws-appsync-subscription-link with Apollo Client 4 on the whole twin', () => {
  it('delivers each shopper (Cognito token) their own order’s event published by the backend (IAM), not another’s', async () => {
    const acks = started();
    const handshakes = frames.filter((frame) => frame.type === 'connection_ack').length;
    const aliceWatch = watch(apolloClient(shopper(alice.token)));
    const bobWatch = watch(apolloClient(shopper(bob.token)));
    // Bob asks for Alice's order by id: the resolver's filter on his user id still applies.
    const bobOnAlicesOrder = watch(apolloClient(shopper(bob.token)), { orderId: 'o-alice-1' });
    await expect.poll(started, POLL).toBe(acks + 3);

    await publishStatus('o-bob-1', bob.sub, 'CONFIRMED');
    await publishStatus('o-alice-1', alice.sub, 'CONFIRMED');
    // Barriers, published last: a change of Bob's on the order id he asked about reaches both of his
    // subscriptions, and one of Alice's reaches hers.
    const bobsBarrier = { orderId: 'o-alice-1', userId: bob.sub, status: 'REJECTED' };
    const alicesBarrier = { orderId: 'o-alice-3', userId: alice.sub, status: 'REJECTED' };
    await publishStatus(bobsBarrier.orderId, bobsBarrier.userId, bobsBarrier.status);
    await publishStatus(alicesBarrier.orderId, alicesBarrier.userId, alicesBarrier.status);

    // Apollo's cache adds `__typename` to the selection; the twin answers it as AppSync does.
    expect(await receivedBefore(aliceWatch, alicesBarrier)).toEqual([
      { __typename: 'OrderStatusEvent', orderId: 'o-alice-1', userId: alice.sub, status: 'CONFIRMED' },
    ]);
    expect(await receivedBefore(bobWatch, bobsBarrier)).toEqual([
      { __typename: 'OrderStatusEvent', orderId: 'o-bob-1', userId: bob.sub, status: 'CONFIRMED' },
    ]);
    expect(await receivedBefore(bobOnAlicesOrder, bobsBarrier)).toEqual([]);
    expect([...aliceWatch.errors, ...bobWatch.errors, ...bobOnAlicesOrder.errors]).toEqual([]);
    // One socket per client, each with its handshake.
    expect(frames.filter((frame) => frame.type === 'connection_ack').length).toBe(handshakes + 3);
  });

  it('refuses the subscription with the API key (the field is Cognito only), and the client surfaces it', async () => {
    const guest = watch(apolloClient({ type: 'API_KEY', apiKey: twin.config.apiKey }));
    await expect.poll(() => guest.errors.length, POLL).toBeGreaterThan(0);

    expect(guest.events).toEqual([]);
    // The link errors its observable with a plain `{ errors }` object, which Apollo Client 4 wraps.
    expect(guest.errors).toHaveLength(1);
    const error = guest.errors[0];
    expect(UnconventionalError.is(error)).toBe(true);
    expect((error as UnconventionalError).cause).toEqual({
      errors: [
        expect.objectContaining({
          message: `Connection failed: ${JSON.stringify({
            errors: [
              {
                errorType: 'Unauthorized',
                message: 'Not Authorized to access onOrderStatusChanged on type Subscription',
              },
            ],
          })}`,
        }),
      ],
    });
    const refusals = frames.filter((frame) => frame.type === 'error');
    expect(refusals.map((frame) => frame.direction)).toEqual(['received']);
    expect(frames).toContainEqual({ direction: 'sent', type: 'start', id: refusals[0]?.id });
  });

  it('sends stop on unsubscribe, and the twin drops the subscription (then the socket, once none is left)', async () => {
    const before = twin.realtime.stats();
    const acks = started();
    const client = apolloClient(shopper(alice.token));
    const first = watch(client);
    await expect.poll(started, POLL).toBe(acks + 1);
    const second = watch(client, { orderId: 'o-alice-2' });
    await expect.poll(started, POLL).toBe(acks + 2);
    expect(twin.realtime.stats()).toEqual({
      connections: before.connections + 1,
      subscriptions: before.subscriptions + 2,
    });
    const ids = frames
      .filter((frame) => frame.type === 'start_ack')
      .slice(-2)
      .map((frame) => frame.id);

    first.subscription.unsubscribe();
    await expect.poll(() => frames.some((frame) => frame.type === 'complete'), POLL).toBe(true);
    expect(frames.filter((frame) => ['stop', 'complete'].includes(frame.type))).toEqual([
      { direction: 'sent', type: 'stop', id: ids[0] },
      { direction: 'received', type: 'complete', id: ids[0] },
    ]);
    // The other subscription holds the socket open: only the stopped one is gone.
    expect(twin.realtime.stats()).toEqual({
      connections: before.connections + 1,
      subscriptions: before.subscriptions + 1,
    });

    second.subscription.unsubscribe();
    await expect.poll(() => twin.realtime.stats().subscriptions, POLL).toBe(before.subscriptions);
    // The link closes its socket a second after its last subscription ends.
    await expect.poll(() => twin.realtime.stats().connections, POLL).toBe(before.connections);
    expect(frames.filter((frame) => frame.type === 'stop').length).toBe(2);
    expect([...first.errors, ...second.errors]).toEqual([]);
  });
});
