import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { SignatureV4 } from '@smithy/signature-v4';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { WebSocket } from 'ws';
import { RealtimeTestClient } from '../../../test/support/RealtimeTestClient.js';
import { startFront } from '../../front/startFront.js';
import type { FrontService } from '../../front/startFront.js';
import { createRealtime } from './createRealtime.js';
import type { RealtimeService } from './createRealtime.js';
import { API_KEY_AUTH, FIXTURE_API_KEY, fixtureBackend } from './fixtureBackend.js';
import type { RealtimeSettings } from './RealtimeSettings.js';
import { LOCAL_CREDENTIALS } from '../../localAws.js';

// Protocol: https://docs.aws.amazon.com/appsync/latest/devguide/real-time-websocket-client.html; the
// recorded AppSync messages each expectation follows are named in realtimeMessages.ts.

interface Endpoint {
  readonly front: FrontService;
  readonly realtime: RealtimeService;
  readonly backend: ReturnType<typeof fixtureBackend>;
  readonly url: string;
  readonly host: string;
}

async function startEndpoint(settings: RealtimeSettings = {}): Promise<Endpoint> {
  const front = await startFront(0);
  const backend = fixtureBackend();
  const realtime = createRealtime({ appsync: backend, front, settings });
  return { front, realtime, backend, url: realtime.endpoint, host: new URL(front.endpoint).host };
}

async function stopEndpoint(endpoint: Endpoint): Promise<void> {
  await endpoint.realtime.stop();
  await endpoint.front.stop();
}

const open: RealtimeTestClient[] = [];
let main: Endpoint;
const apiKey = (): Record<string, string> => ({ host: main.host, 'x-api-key': FIXTURE_API_KEY });

async function client(
  endpoint: Endpoint = main,
  headers: Record<string, string> = { host: endpoint.host, 'x-api-key': FIXTURE_API_KEY },
  form: 'protocol' | 'query' | 'none' = 'protocol',
): Promise<RealtimeTestClient> {
  const connected = await RealtimeTestClient.connect(endpoint.url, headers, form);
  open.push(connected);
  return connected;
}

/** Runs `publish` in-process (API key), as a mutation over HTTP would. */
async function publish(
  input: Record<string, unknown>,
  selection = 'id group title score tags nested { level label } secret',
) {
  return main.backend.execute(
    {
      query: `mutation ($input: EventInput!) { publish(input: $input) { ${selection} } }`,
      variables: { input },
    },
    API_KEY_AUTH,
    {},
  );
}

let roundTrips = 0;

/**
 * Sends a frame the endpoint answers at once (an unknown type: an error with its id) and waits for the
 * answer. The endpoint handles a socket's frames in order and the socket keeps the order of what it sends,
 * so every message the endpoint sent before it has arrived by then, and one it has not sent was not due.
 */
async function roundTrip(connected: RealtimeTestClient): Promise<void> {
  roundTrips += 1;
  const id = `round-trip-${roundTrips}`;
  connected.send({ type: 'round_trip', id });
  await connected.next((message) => message.type === 'error' && message.id === id);
}

let barriers = 0;

/**
 * Waits until each client has received everything the mutations run so far sent it, so that a test can
 * assert what did not arrive: subscribes each to `onRevocable` of a group of its own, runs `revoke` for
 * that group and waits for each one's `complete`. The endpoint handles mutations in the order they ran and
 * a socket keeps its order, so a message that has not arrived by then was never sent. `revoke` is listed
 * in no `@aws_subscribe`, so the barrier sends no `data`; it returns the id of its subscriptions.
 */
async function barrier(...clients: RealtimeTestClient[]): Promise<string> {
  barriers += 1;
  const group = `barrier-${barriers}`;
  for (const connected of clients) {
    const query = `subscription { onRevocable(group: "${group}") { id } }`;
    expect((await connected.start(group, query, apiKey())).type).toBe('start_ack');
  }
  await main.backend.execute({ query: `mutation { revoke(group: "${group}") { group } }` }, API_KEY_AUTH, {});
  for (const connected of clients) {
    await connected.next((message) => message.type === 'complete' && message.id === group);
  }
  return group;
}

/** SigV4 headers for `path` and `body`, as aws-appsync-subscription-link signs them (service appsync). */
async function signed(host: string, path: string, body: string): Promise<Record<string, string>> {
  const [hostname, port] = host.split(':');
  const request = await new SignatureV4({
    service: 'appsync',
    region: 'us-east-1',
    credentials: LOCAL_CREDENTIALS,
    sha256: Sha256,
  }).sign(
    new HttpRequest({
      method: 'POST',
      protocol: 'http:',
      hostname: hostname!,
      port: Number(port),
      path,
      headers: {
        host,
        accept: 'application/json, text/javascript',
        'content-encoding': 'amz-1.0',
        'content-type': 'application/json; charset=UTF-8',
      },
      body,
    }),
  );
  return request.headers;
}

beforeAll(async () => {
  main = await startEndpoint();
});

afterEach(async () => {
  await Promise.all(open.splice(0).map((connected) => connected.close()));
});

afterAll(async () => {
  await stopEndpoint(main);
});

describe('handshake', () => {
  it('accepts the header- subprotocol: connection_init → connection_ack with connectionTimeoutMs 300000, then ka', async () => {
    const connected = await client();
    expect(connected.socket.protocol).toBe('graphql-ws');
    expect(await connected.init()).toEqual({
      type: 'connection_ack',
      payload: { connectionTimeoutMs: 300000 },
    });
    expect(await connected.next('ka')).toEqual({ type: 'ka' });
  });

  it('accepts the older ?header=&payload=e30= query form', async () => {
    const connected = await client(main, apiKey(), 'query');
    expect((await connected.init()).type).toBe('connection_ack');
  });

  it('answers a handshake without header AppSync’s 400 connection_error, then closes', async () => {
    const connected = await client(main, {}, 'none');
    expect(await connected.next()).toEqual({
      type: 'connection_error',
      payload: {
        errors: [
          {
            message: 'Both, the "header", and the "payload" query string parameters are missing',
            errorCode: 400,
          },
        ],
      },
    });
    expect((await connected.closed).code).toBe(1000);
  });

  it('refuses a wrong API key with UnauthorizedException 401, then closes', async () => {
    const connected = await client(main, { host: main.host, 'x-api-key': 'da2-wrong' });
    expect(await connected.next()).toEqual({
      type: 'connection_error',
      payload: {
        errors: [
          {
            errorType: 'UnauthorizedException',
            message: 'You are not authorized to make this call.',
            errorCode: 401,
          },
        ],
      },
    });
    await connected.closed;
  });

  it('refuses a header that is not base64 JSON as carrying no authorization', async () => {
    const socket = new WebSocket(main.url, ['graphql-ws', 'header-%%%']);
    const message = await new Promise<unknown>((resolve, reject) => {
      socket.once('message', (data: Buffer) => resolve(JSON.parse(data.toString('utf8'))));
      socket.once('error', reject);
    });
    expect(message).toEqual({
      type: 'connection_error',
      payload: {
        errors: [
          {
            errorType: 'UnauthorizedException',
            message: 'Valid authorization header not provided.',
            errorCode: 401,
          },
        ],
      },
    });
    socket.terminate();
  });

  it('accepts an IAM handshake signed for POST /graphql/connect with body {}, and refuses a tampered one', async () => {
    const headers = await signed(main.host, '/graphql/connect', '{}');
    const accepted = await client(main, headers);
    expect((await accepted.init()).type).toBe('connection_ack');

    const signature = headers.authorization!;
    const forged = signature.replace(/.$/, signature.endsWith('0') ? '1' : '0');
    const tampered = await client(main, { ...headers, authorization: forged });
    const refused = await tampered.next();
    expect(refused).toMatchObject({
      type: 'connection_error',
      payload: { errors: [{ errorType: 'BadRequestException', errorCode: 400 }] },
    });
  });

  it('leaves other paths to the front, which answers 404', async () => {
    const socket = new WebSocket(main.url.replace('/graphql/realtime', '/elsewhere'), ['graphql-ws']);
    const failure = await new Promise<Error>((resolve) => socket.once('error', resolve));
    expect(failure.message).toMatch(/404/);
  });
});

describe('messages', () => {
  it('sends ka at once, then every keepAliveIntervalMs', async () => {
    // The keep-alive interval runs on a fake clock that the test moves, so a loaded machine cannot delay
    // a ka past a deadline: each arrives exactly when its interval has elapsed, and not a millisecond
    // before. Sockets and every other timer stay real.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const fast = await startEndpoint({ keepAliveIntervalMs: 30 });
    try {
      const connected = await client(fast);
      await connected.init();
      expect(await connected.next('ka')).toEqual({ type: 'ka' });
      for (let sent = 1; sent <= 4; sent += 1) {
        vi.advanceTimersByTime(29);
        await roundTrip(connected);
        expect(connected.all('ka')).toHaveLength(sent);
        vi.advanceTimersByTime(1);
        await connected.next('ka');
      }
      expect(connected.all('ka')).toHaveLength(5);
    } finally {
      await stopEndpoint(fast);
      vi.useRealTimers();
    }
  });

  it('answers an unknown message type UnsupportedOperation, with its id', async () => {
    const connected = await client();
    await connected.init();
    connected.send({ type: 'subscribe', id: 's-1' });
    expect(await connected.next('error')).toEqual({
      type: 'error',
      id: 's-1',
      payload: {
        errors: [
          {
            errorType: 'UnsupportedOperation',
            message: 'subscribe not supported through the realtime channel',
          },
        ],
      },
    });
  });

  it('answers a frame that is not JSON as an unknown operation', async () => {
    const connected = await client();
    await connected.init();
    connected.send('{not json');
    expect(await connected.next('error')).toEqual({
      type: 'error',
      payload: {
        errors: [
          {
            errorType: 'UnsupportedOperation',
            message: 'unknown not supported through the realtime channel',
          },
        ],
      },
    });
    connected.send('[1, 2]');
    expect((await connected.next('error')).payload).toEqual({
      errors: [
        { errorType: 'UnsupportedOperation', message: 'unknown not supported through the realtime channel' },
      ],
    });
  });

  it('refuses queries, mutations and unreadable start data as operations the channel does not serve', async () => {
    const connected = await client();
    await connected.init();
    expect(await connected.start('q', '{ ping }', apiKey())).toEqual({
      type: 'error',
      id: 'q',
      payload: {
        errors: [
          { errorType: 'UnsupportedOperation', message: 'query not supported through the realtime channel' },
        ],
      },
    });
    expect(
      (await connected.start('m', 'mutation { revoke(group: "a") { group } }', apiKey())).payload,
    ).toEqual({
      errors: [
        { errorType: 'UnsupportedOperation', message: 'mutation not supported through the realtime channel' },
      ],
    });
    connected.send({
      id: 'd',
      type: 'start',
      payload: { data: { query: 'subscription { onEvent { id } }' } },
    });
    expect((await connected.next('error')).payload).toEqual({
      errors: [
        { errorType: 'UnsupportedOperation', message: 'unknown not supported through the realtime channel' },
      ],
    });
  });

  it('refuses a start without valid authorization with AppSync’s errors, without errorCode', async () => {
    const connected = await client();
    await connected.init();
    expect(await connected.start('none', 'subscription { onEvent { id } }', {})).toEqual({
      type: 'error',
      id: 'none',
      payload: {
        errors: [{ errorType: 'UnauthorizedException', message: 'Valid authorization header not provided.' }],
      },
    });
    expect(
      (await connected.start('bad', 'subscription { onEvent { id } }', { 'x-api-key': 'da2-no' })).payload,
    ).toEqual({
      errors: [{ errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' }],
    });
  });

  it('accepts a start signed with IAM for POST /graphql with the data as body', async () => {
    const connected = await client();
    await connected.init();
    const data = JSON.stringify({ query: 'subscription { onEvent { id } }', variables: {} });
    connected.send({
      id: 'iam',
      type: 'start',
      payload: { data, extensions: { authorization: await signed(main.host, '/graphql', data) } },
    });
    expect(await connected.next('start_ack')).toEqual({ type: 'start_ack', id: 'iam' });
  });

  it('answers validation errors, and the resolver’s refusal, as error messages', async () => {
    const connected = await client();
    await connected.init();
    const invalid = await connected.start('v', 'subscription { onEvent { nope } }', apiKey());
    expect(invalid).toMatchObject({ type: 'error', id: 'v' });
    const [error] = (invalid.payload as { errors: Record<string, unknown>[] }).errors;
    expect(error!.message).toMatch(/^Validation error: Cannot query field "nope" on type "Event"/);
    expect(error).not.toHaveProperty('errorType');

    expect((await connected.start('g', 'subscription { onGuarded { id } }', apiKey())).payload).toEqual({
      errors: [
        { errorType: 'Unauthorized', message: 'Not Authorized to access onGuarded on type Subscription' },
      ],
    });
    expect(
      await connected.start('ok', 'subscription { onGuarded { id } }', { ...apiKey(), 'x-allow': 'yes' }),
    ).toEqual({
      type: 'start_ack',
      id: 'ok',
    });
  });

  it('answers a duplicate id DuplicatedOperationError and keeps the first subscription', async () => {
    const connected = await client();
    await connected.init();
    expect((await connected.start('dup', 'subscription { onEvent(group: "d") { id } }', apiKey())).type).toBe(
      'start_ack',
    );
    expect(await connected.start('dup', 'subscription { onEvent { id } }', apiKey())).toEqual({
      type: 'error',
      id: 'dup',
      payload: {
        errors: [{ errorType: 'DuplicatedOperationError', message: 'Duplicated operation with id dup' }],
      },
    });
    await publish({ id: 'd-1', group: 'd' });
    expect(await connected.next('data')).toEqual({
      type: 'data',
      id: 'dup',
      payload: { data: { onEvent: { id: 'd-1' } } },
    });
  });

  it('answers stop with complete, for a subscription and for an id it does not hold', async () => {
    const connected = await client();
    await connected.init();
    await connected.start('s', 'subscription { onEvent(group: "stop") { id } }', apiKey());
    connected.send({ type: 'stop', id: 's' });
    expect(await connected.next()).toEqual({ type: 'complete', id: 's' });
    connected.send({ type: 'stop', id: 'never-started' });
    expect(await connected.next()).toEqual({ type: 'complete', id: 'never-started' });
    await publish({ id: 'stopped', group: 'stop' });
    await barrier(connected);
    expect(connected.all('data')).toEqual([]);
    expect(main.realtime.stats().connections).toBeGreaterThan(0);
  });

  it('serves a start sent without connection_init (the docs make it optional)', async () => {
    const connected = await client();
    expect(
      (await connected.start('early', 'subscription { onEvent(group: "early") { id } }', apiKey())).type,
    ).toBe('start_ack');
    await publish({ id: 'e', group: 'early' });
    expect((await connected.next('data')).id).toBe('early');
  });
});

describe('delivery', () => {
  it('delivers a listed mutation to matching subscribers, shaped by each one’s selection; argument filters apply', async () => {
    const connected = await client();
    await connected.init();
    await connected.start('all', 'subscription { onEvent { id group } }', apiKey());
    await connected.start(
      'mine',
      'subscription { e: onEvent(group: "blue") { __typename id title } }',
      apiKey(),
    );
    await connected.start('byId', 'subscription ($id: ID) { onEvent(id: $id) { id } }', apiKey(), {
      id: 'b-2',
    });

    await publish({ id: 'r-1', group: 'red', title: 'Red' });
    await publish({ id: 'b-2', group: 'blue', title: 'Blue' });
    await barrier(connected);
    const data = connected.all('data').map(({ id, payload }) => ({ id, payload }));
    expect(data).toEqual([
      { id: 'all', payload: { data: { onEvent: { id: 'r-1', group: 'red' } } } },
      { id: 'all', payload: { data: { onEvent: { id: 'b-2', group: 'blue' } } } },
      { id: 'mine', payload: { data: { e: { __typename: 'Event', id: 'b-2', title: 'Blue' } } } },
      { id: 'byId', payload: { data: { onEvent: { id: 'b-2' } } } },
    ]);
  });

  it('sends only what the mutation selected: other fields arrive null, a non-null one as AppSync’s error', async () => {
    const connected = await client();
    await connected.init();
    await connected.start('narrow', 'subscription { onEvent(group: "narrow") { id title score } }', apiKey());
    await connected.start(
      'strict',
      'subscription { onEvent(group: "narrow") { id nested { label } } }',
      apiKey(),
    );
    await publish(
      { id: 'n-1', group: 'narrow', title: 'T', score: 9, nested: { level: 1, label: 'L' } },
      'id group title nested { level }',
    );
    const narrow = await connected.next((message) => message.type === 'data' && message.id === 'narrow');
    expect(narrow.payload).toEqual({ data: { onEvent: { id: 'n-1', title: 'T', score: null } } });
    const strict = await connected.next((message) => message.type === 'data' && message.id === 'strict');
    expect(strict.payload).toEqual({
      data: { onEvent: { id: 'n-1', nested: null } },
      errors: [
        {
          message:
            "Cannot return null for non-nullable type: 'String' within parent 'Nested' (/onEvent/nested/label)",
          path: ['onEvent', 'nested', 'label'],
        },
      ],
    });
  });

  it('does not deliver a mutation that no @aws_subscribe lists', async () => {
    const connected = await client();
    await connected.init();
    await connected.start('bare', 'subscription { onEvent { id } }', apiKey());
    await main.backend.execute(
      { query: 'mutation { publishBare(input: {id: "x", group: "bare"}) { id group } }' },
      API_KEY_AUTH,
      {},
    );
    await barrier(connected);
    expect(connected.all('data')).toEqual([]);
  });

  it('applies the field auth of the subscriber to what it receives', async () => {
    const connected = await client();
    await connected.init();
    await connected.start('secret', 'subscription { onEvent(group: "sec") { id secret } }', apiKey());
    await publish({ id: 's-1', group: 'sec', secret: 'hidden' });
    expect((await connected.next('data')).payload).toEqual({
      data: { onEvent: { id: 's-1', secret: null } },
      errors: [
        {
          message: 'Not Authorized to access secret on type Event',
          path: ['onEvent', 'secret'],
          errorType: 'Unauthorized',
        },
      ],
    });
  });

  it('evaluates the enhanced filter the resolver set, with every operator', async () => {
    const connected = await client();
    await connected.init();
    const filters: Record<string, Record<string, unknown>> = {
      eq: { group: { eq: 'f' } },
      ne: { group: { eq: 'f' }, title: { ne: 'skip' } },
      range: { group: { eq: 'f' }, score: { gt: 1, lt: 100 } },
      boundaries: { group: { eq: 'f' }, score: { ge: 5, le: 5 } },
      between: { group: { eq: 'f' }, score: { between: [4, 6] } },
      contains: { group: { eq: 'f' }, title: { contains: 'ell' }, tags: { contains: 'x' } },
      notContains: { group: { eq: 'f' }, tags: { notContains: 'z' } },
      beginsWith: { group: { eq: 'f' }, title: { beginsWith: 'He' } },
      in: { group: { in: ['f', 'g'] }, 'nested.level': { in: [1, 2] } },
      notIn: { group: { eq: 'f' }, score: { notIn: [1, 2] } },
      containsAny: { group: { eq: 'f' }, tags: { containsAny: ['q', 'y'] } },
      or: { or: [{ group: { eq: 'nope' } }, { 'nested.label': { eq: 'L' } }] },
      miss: { group: { eq: 'f' }, score: { gt: 5 } },
    };
    for (const [id, filter] of Object.entries(filters)) {
      const ack = await connected.start(id, 'subscription { onFiltered { id } }', {
        ...apiKey(),
        'x-filter': JSON.stringify({ filterGroup: toGroups(filter) }),
      });
      expect(ack.type, id).toBe('start_ack');
    }
    await publish({
      id: 'f-1',
      group: 'f',
      title: 'Hello',
      score: 5,
      tags: ['x', 'y'],
      nested: { level: 2, label: 'L' },
    });
    await barrier(connected);
    expect(
      connected
        .all('data')
        .map((message) => message.id)
        .sort(),
    ).toEqual(
      Object.keys(filters)
        .filter((id) => id !== 'miss')
        .sort(),
    );
  });

  it('refuses a start whose resolver set a filter AppSync would refuse', async () => {
    const connected = await client();
    await connected.init();
    const refused = await connected.start('bad', 'subscription { onFiltered { id } }', {
      ...apiKey(),
      'x-filter': JSON.stringify({
        filterGroup: [{ filters: [{ fieldName: 'group', operator: 'like', value: 'f' }] }],
      }),
    });
    expect(refused).toEqual({
      type: 'error',
      id: 'bad',
      payload: { errors: [{ message: 'Invalid subscription filter: unknown operator like on group' }] },
    });
  });

  it('closes, with complete, exactly the subscriptions whose invalidation filter matches', async () => {
    const first = await client();
    const second = await client();
    await first.init();
    await second.init();
    await first.start('a', 'subscription { onRevocable(group: "a") { id } }', apiKey());
    await first.start('b', 'subscription { onRevocable(group: "b") { id } }', apiKey());
    await second.start('a2', 'subscription { onRevocable(group: "a") { id } }', apiKey());
    await second.start('plain', 'subscription { onEvent { id } }', apiKey());
    const before = main.realtime.stats().subscriptions;

    await main.backend.execute({ query: 'mutation { revoke(group: "a") { group } }' }, API_KEY_AUTH, {});
    expect(await first.next('complete')).toEqual({ type: 'complete', id: 'a' });
    expect(await second.next('complete')).toEqual({ type: 'complete', id: 'a2' });
    expect(main.realtime.stats().subscriptions).toBe(before - 2);

    await publish({ id: 'after', group: 'b' });
    expect((await first.next('data')).id).toBe('b');
    expect((await second.next('data')).id).toBe('plain');
    const barrierId = await barrier(first, second);
    expect(first.all('data').map((message) => message.id)).toEqual(['b']);
    expect(second.all('complete').map((message) => message.id)).toEqual(['a2', barrierId]);
  });
});

describe('limits and hygiene', () => {
  it('answers MaxSubscriptionsReachedError past the per-connection limit', async () => {
    const small = await startEndpoint({ maxSubscriptionsPerConnection: 2 });
    try {
      const connected = await client(small);
      await connected.init();
      const headers = { host: small.host, 'x-api-key': FIXTURE_API_KEY };
      await connected.start('1', 'subscription { onEvent { id } }', headers);
      await connected.start('2', 'subscription { onEvent { id } }', headers);
      expect(await connected.start('3', 'subscription { onEvent { id } }', headers)).toEqual({
        type: 'error',
        id: '3',
        payload: {
          errors: [
            { errorType: 'MaxSubscriptionsReachedError', message: 'Max number of 2 subscriptions reached' },
          ],
        },
      });
      connected.send({ type: 'stop', id: '1' });
      await connected.next('complete');
      expect((await connected.start('3', 'subscription { onEvent { id } }', headers)).type).toBe('start_ack');
    } finally {
      await stopEndpoint(small);
    }
  });

  it('drops an event whose payload exceeds maxPayloadBytes, as AppSync does silently', async () => {
    const small = await startEndpoint({ maxPayloadBytes: 200 });
    try {
      const connected = await client(small);
      await connected.init();
      await connected.start('big', 'subscription { onEvent { id title } }', {
        host: small.host,
        'x-api-key': FIXTURE_API_KEY,
      });
      const send = (title: string) =>
        small.backend.execute(
          {
            query: 'mutation ($t: String) { publish(input: {id: "p", group: "g", title: $t}) { id title } }',
            variables: { t: title },
          },
          API_KEY_AUTH,
          {},
        );
      await send('x'.repeat(500));
      await send('small');
      expect((await connected.next('data')).payload).toEqual({
        data: { onEvent: { id: 'p', title: 'small' } },
      });
      expect(connected.all('data')).toHaveLength(1);
    } finally {
      await stopEndpoint(small);
    }
  });

  it('closes a connection that holds no subscription for idleTimeoutMs, not one that holds one', async () => {
    const idle = await startEndpoint({ idleTimeoutMs: 100 });
    try {
      const headers = { host: idle.host, 'x-api-key': FIXTURE_API_KEY };
      const busy = await client(idle, headers);
      await busy.init();
      await busy.start('keep', 'subscription { onEvent { id } }', headers);
      // Opened after busy held its subscription: an idle timer of busy's (there must be none) would have
      // started earlier and, being as long, fired first; quiet's close is the deadline it would have met.
      const quiet = await client(idle, headers);
      await quiet.init();
      expect((await quiet.closed).code).toBe(1000);
      // Had the endpoint closed busy, its close would come before this answer, and no answer would come.
      await roundTrip(busy);
      expect(busy.socket.readyState).toBe(WebSocket.OPEN);
      busy.send({ type: 'stop', id: 'keep' });
      expect((await busy.closed).code).toBe(1000);
    } finally {
      await stopEndpoint(idle);
    }
  });

  it('closes every socket with 1001 on stop, and refuses connections after', async () => {
    const endpoint = await startEndpoint();
    const connected = await client(endpoint);
    await connected.init();
    await connected.start('s', 'subscription { onEvent { id } }', {
      host: endpoint.host,
      'x-api-key': FIXTURE_API_KEY,
    });
    await endpoint.realtime.stop();
    expect((await connected.closed).code).toBe(1001);
    expect(endpoint.realtime.stats()).toEqual({ connections: 0, subscriptions: 0 });
    await expect(RealtimeTestClient.connect(endpoint.url, {})).rejects.toThrow();
    await endpoint.front.stop();
  });

  it('leaks nothing over 2000 connect/subscribe/disconnect cycles', async () => {
    const endpoint = await startEndpoint();
    const headers = { host: endpoint.host, 'x-api-key': FIXTURE_API_KEY };
    const processListeners = (): number[] =>
      (['exit', 'uncaughtException', 'unhandledRejection', 'SIGINT', 'SIGTERM', 'warning'] as const).map(
        (event) => process.listenerCount(event),
      );
    const cycle = async (index: number): Promise<void> => {
      if (index % 10 === 5) {
        // Every tenth handshake is refused: connection_error, then the server closes.
        const refused = await RealtimeTestClient.connect(endpoint.url, {
          ...headers,
          'x-api-key': 'da2-bad',
        });
        await refused.next('connection_error');
        await refused.closed;
        return;
      }
      const connected = await RealtimeTestClient.connect(
        endpoint.url,
        headers,
        index % 3 === 0 ? 'query' : 'protocol',
      );
      await connected.init();
      await connected.start(`s-${index}`, 'subscription { onEvent { id } }', headers);
      // A third vanish without a close handshake, as a dropped network does.
      if (index % 3 === 1) connected.socket.terminate();
      else connected.socket.close();
      await connected.closed;
    };
    try {
      await cycle(-1);
      const listenersBefore = processListeners();
      for (let batch = 0; batch < 2000; batch += 50) {
        await Promise.all(Array.from({ length: 50 }, (_, offset) => cycle(batch + offset)));
      }
      // The endpoint sees the last sockets close just after their clients do.
      await expect
        .poll(() => endpoint.realtime.stats(), { timeout: 10_000 })
        .toEqual({ connections: 0, subscriptions: 0 });
      expect(processListeners()).toEqual(listenersBefore);
    } finally {
      await stopEndpoint(endpoint);
    }
  });
});

/** `{ field: { op: value } }` and `{ or: [...] }` as filter groups (what toSubscriptionFilter builds). */
function toGroups(filter: Record<string, unknown>): unknown[] {
  if (Array.isArray(filter.or)) return (filter.or as Record<string, unknown>[]).flatMap(toGroups);
  const conditions = Object.entries(filter).flatMap(([fieldName, operators]) =>
    Object.entries(operators as Record<string, unknown>).map(([operator, value]) => ({
      fieldName,
      operator,
      value,
    })),
  );
  return [{ filters: conditions }];
}
