import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../infra/paths.js';
import { shop } from '../infra/shop.js';
import { ensureUser } from '../local/cognito/index.js';
import { startTwin } from '../local/twin.js';
import type { Twin } from '../local/twin.js';
import { RealtimeTestClient } from './support/RealtimeTestClient.js';
import type { ReceivedMessage } from './support/RealtimeTestClient.js';
import { iamSignedHeaders, signInUser, signUpUser } from './support/twinClients.js';

// The whole twin: `onOrderStatusChanged` (Cognito only; its resolver filters on the caller's sub unless
// they are an admin) fed by `publishOrderStatus` (IAM only), signed like the order functions sign it.
const root = mkdtempSync(path.join(tmpdir(), 'shopsync-realtime-'));
let twin: Twin;
const users: Record<'alice' | 'bob' | 'admin', { sub: string; token: string }> = {
  alice: { sub: '', token: '' },
  bob: { sub: '', token: '' },
  admin: { sub: '', token: '' },
};
const clients: RealtimeTestClient[] = [];

const SUBSCRIPTION = `subscription ($orderId: ID) {
  onOrderStatusChanged(orderId: $orderId) { __typename orderId userId status reason at }
}`;
const PUBLISH = `mutation ($input: OrderStatusEventInput!) {
  publishOrderStatus(input: $input) { orderId userId status reason at }
}`;

const host = (): string => new URL(twin.config.graphqlUrl).host;
const cognito = (token: string): Record<string, string> => ({ host: host(), Authorization: token });

/** SigV4 headers for a POST to `pathname` with `body` (service appsync), as the AWS clients sign. */
const iamHeaders = (pathname: string, body: string): Promise<Record<string, string>> =>
  iamSignedHeaders(new URL(pathname, twin.config.graphqlUrl), body);

/** Publishes an order status change over HTTP, IAM-signed, and checks AppSync answered it. */
async function publishStatus(orderId: string, userId: string, status: string): Promise<void> {
  const body = JSON.stringify({
    query: PUBLISH,
    variables: { input: { orderId, userId, status, at: '2026-11-26T08:00:00.000Z' } },
  });
  const response = await fetch(twin.config.graphqlUrl, {
    method: 'POST',
    headers: await iamHeaders('/graphql', body),
    body,
  });
  expect(response.status).toBe(200);
  expect(((await response.json()) as { errors?: unknown }).errors).toBeUndefined();
}

async function connect(
  headers: Record<string, string>,
  form: 'protocol' | 'query' = 'protocol',
): Promise<RealtimeTestClient> {
  const client = await RealtimeTestClient.connect(twin.config.realtimeUrl, headers, form);
  clients.push(client);
  expect((await client.init()).type).toBe('connection_ack');
  return client;
}

/** The order id prefix of the events `barrier` publishes. */
const BARRIER = 'barrier-';
let barriers = 0;

/** The data messages received so far, as `[subscription id, orderId]`, without those of barriers. */
function deliveries(client: RealtimeTestClient): [string | undefined, string][] {
  return client
    .all('data')
    .map((message: ReceivedMessage): [string | undefined, string] => [
      message.id,
      (message.payload as { data: { onOrderStatusChanged: { orderId: string } } }).data.onOrderStatusChanged
        .orderId,
    ])
    .filter(([, orderId]) => !orderId.startsWith(BARRIER));
}

/**
 * Waits until each client has received every event published so far, so that a test can assert what did
 * not arrive: subscribes each (with its user's token) to one more order, `barrier-<n>`, publishes a status
 * change of `owner`'s for it, and waits for each one's delivery. The twin delivers mutations in the order
 * they ran and a socket keeps its order, so an event that has not arrived by then was never sent.
 * `deliveries` leaves the barriers' events out.
 */
async function barrier(
  owner: keyof typeof users,
  ...subscribers: (readonly [RealtimeTestClient, keyof typeof users])[]
): Promise<void> {
  barriers += 1;
  const orderId = `${BARRIER}${barriers}`;
  for (const [client, user] of subscribers) {
    const ack = await client.start(orderId, SUBSCRIPTION, cognito(users[user].token), { orderId });
    expect(ack.type).toBe('start_ack');
  }
  await publishStatus(orderId, users[owner].sub, 'CONFIRMED');
  for (const [client] of subscribers) {
    await client.next((message) => message.type === 'data' && message.id === orderId);
  }
}

beforeAll(async () => {
  twin = await startTwin({
    description: shop,
    rootDir: ROOT_DIR,
    port: 0,
    stateDir: path.join(root, 'state'),
  });
  const alice = await signUpUser(twin, 'alice@example.com');
  const bob = await signUpUser(twin, 'bob@example.com');
  users.alice = { sub: alice.sub, token: alice.idToken };
  users.bob = { sub: bob.sub, token: bob.idToken };
  await ensureUser(twin.services.cognito, {
    email: 'admin@example.com',
    password: 'Admin-Password-1',
    groups: ['admins'],
  });
  users.admin = { sub: '', token: await signInUser(twin, 'admin@example.com', 'Admin-Password-1') };
});

afterAll(async () => {
  await Promise.all(clients.map((client) => client.close()));
  await twin?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('onOrderStatusChanged on the whole twin (ws://…/graphql/realtime)', () => {
  it('serves the endpoint the client configuration names, at /graphql/realtime on the base port', () => {
    expect(twin.config.realtimeUrl).toBe(`${twin.url.replace(/^http/, 'ws')}/graphql/realtime`);
  });

  it('gives each shopper only their own orders’ events, whatever orderId they pass; admins see all, or one order', async () => {
    const alice = await connect(cognito(users.alice.token));
    const bob = await connect(cognito(users.bob.token), 'query');
    const admin = await connect(cognito(users.admin.token));
    const started = await Promise.all([
      alice.start('mine', SUBSCRIPTION, cognito(users.alice.token)),
      alice.start('bobs-order', SUBSCRIPTION, cognito(users.alice.token), { orderId: 'o-bob' }),
      alice.start('own-order', SUBSCRIPTION, cognito(users.alice.token), { orderId: 'o-alice' }),
      bob.start('mine', SUBSCRIPTION, cognito(users.bob.token)),
      admin.start('all', SUBSCRIPTION, cognito(users.admin.token)),
      admin.start('one', SUBSCRIPTION, cognito(users.admin.token), { orderId: 'o-bob' }),
    ]);
    expect(started.map((message) => message.type)).toEqual(Array(6).fill('start_ack'));

    await publishStatus('o-alice', users.alice.sub, 'CONFIRMED');
    await publishStatus('o-bob', users.bob.sub, 'REJECTED');
    await publishStatus('o-alice', users.alice.sub, 'CANCELLED');
    await barrier('alice', [alice, 'alice'], [admin, 'admin']);
    await barrier('bob', [bob, 'bob']);

    // Each subscription's events in the order published; the order between two subscriptions of one
    // connection for the same event is the order they were registered in, which Promise.all leaves open.
    const perSubscription = (client: Parameters<typeof deliveries>[0]) =>
      deliveries(client).reduce<Record<string, string[]>>((bySubscription, [id, orderId]) => {
        (bySubscription[id ?? ''] ??= []).push(orderId);
        return bySubscription;
      }, {});
    expect(perSubscription(alice)).toEqual({
      mine: ['o-alice', 'o-alice'],
      'own-order': ['o-alice', 'o-alice'],
    });
    expect(deliveries(bob)).toEqual([['mine', 'o-bob']]);
    expect(perSubscription(admin)).toEqual({ all: ['o-alice', 'o-bob', 'o-alice'], one: ['o-bob'] });
    expect(bob.all('data')[0]).toEqual({
      type: 'data',
      id: 'mine',
      payload: {
        data: {
          onOrderStatusChanged: {
            __typename: 'OrderStatusEvent',
            orderId: 'o-bob',
            userId: users.bob.sub,
            status: 'REJECTED',
            reason: null,
            at: '2026-11-26T08:00:00.000Z',
          },
        },
      },
    });
  });

  it('stops a subscription on stop, with complete', async () => {
    const alice = await connect(cognito(users.alice.token));
    await alice.start('s', SUBSCRIPTION, cognito(users.alice.token));
    alice.send({ type: 'stop', id: 's' });
    expect(await alice.next()).toEqual({ type: 'complete', id: 's' });
    await publishStatus('o-after-stop', users.alice.sub, 'CONFIRMED');
    await barrier('alice', [alice, 'alice']);
    expect(deliveries(alice)).toEqual([]);
  });

  it('refuses the subscription to an API key or IAM caller (the field is Cognito only), after a good handshake', async () => {
    const guest = await connect({ host: host(), 'x-api-key': twin.config.apiKey }, 'query');
    expect(await guest.start('g', SUBSCRIPTION, { host: host(), 'x-api-key': twin.config.apiKey })).toEqual({
      type: 'error',
      id: 'g',
      payload: {
        errors: [
          {
            errorType: 'Unauthorized',
            message: 'Not Authorized to access onOrderStatusChanged on type Subscription',
          },
        ],
      },
    });
    const backend = await connect(await iamHeaders('/graphql/connect', '{}'));
    const data = JSON.stringify({ query: SUBSCRIPTION, variables: {} });
    backend.send({
      id: 'iam',
      type: 'start',
      payload: { data, extensions: { authorization: await iamHeaders('/graphql', data) } },
    });
    expect((await backend.next('error')).payload).toEqual({
      errors: [
        {
          errorType: 'Unauthorized',
          message: 'Not Authorized to access onOrderStatusChanged on type Subscription',
        },
      ],
    });
  });

  it('refuses a handshake with an invalid token, and a start with an expired-looking one', async () => {
    const refused = await RealtimeTestClient.connect(twin.config.realtimeUrl, cognito('not-a-jwt'));
    clients.push(refused);
    expect(await refused.next()).toEqual({
      type: 'connection_error',
      payload: {
        errors: [
          { errorType: 'UnauthorizedException', message: 'Unable to parse JWT token.', errorCode: 401 },
        ],
      },
    });
    await refused.closed;
    const alice = await connect(cognito(users.alice.token));
    expect((await alice.start('bad', SUBSCRIPTION, cognito('not-a-jwt'))).payload).toEqual({
      errors: [{ errorType: 'UnauthorizedException', message: 'Unable to parse JWT token.' }],
    });
  });

  it('closes every open socket with 1001 when the twin stops', async () => {
    const alice = await connect(cognito(users.alice.token));
    await alice.start('held', SUBSCRIPTION, cognito(users.alice.token));
    expect(twin.realtime.stats().subscriptions).toBeGreaterThan(0);
    await twin.stop();
    expect((await alice.closed).code).toBe(1001);
    expect(twin.realtime.stats()).toEqual({ connections: 0, subscriptions: 0 });
  });
});
