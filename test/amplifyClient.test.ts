import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../infra/paths.js';
import { shop } from '../infra/shop.js';
import { startTwin } from '../local/twin.js';
import type { Twin } from '../local/twin.js';
import type { AmplifyClientReport, AmplifyClientSettings } from './support/amplifyClientProcess.js';
import { DEFAULT_PASSWORD, iamSignedHeaders, signUpUser } from './support/twinClients.js';

// Amplify v6's own GraphQL client (`generateClient` from `aws-amplify/api`, 6.22) on the whole twin:
// queries with `authMode` 'apiKey' and 'userPool' (after Amplify Auth's sign-in) and `.subscribe()` for
// real-time, as Amplify's docs use it. For a GraphQL URL that is not an AppSync domain, Amplify builds
// the real-time URL as `wss://` + host + path + `/realtime` whatever the GraphQL URL's scheme
// (`getRealtimeEndpointUrl` in @aws-amplify/api-graphql), and v6 has no option to allow `ws://`
// (aws-amplify/amplify-js#12894): the twin runs with `https: true`.
//
// The client runs in a child Node process started with NODE_EXTRA_CA_CERTS set to the twin's certificate,
// which is what the README tells a user to do. Node reads that variable only at start-up, and Amplify
// calls the global `fetch` and `WebSocket` itself, so this process could trust the certificate only by
// turning verification off (NODE_TLS_REJECT_UNAUTHORIZED=0), which would prove nothing about the
// certificate. In the child, every connection is verified against it: names, key, validity.

const CHILD = path.join(ROOT_DIR, 'test', 'support', 'amplifyClientProcess.ts');
const root = mkdtempSync(path.join(tmpdir(), 'shopsync-amplify-'));
const reports: AmplifyClientReport[] = [];
let twin: Twin;
let child: ChildProcess | undefined;
let output = '';

beforeAll(async () => {
  twin = await startTwin({
    description: shop,
    rootDir: ROOT_DIR,
    port: 0,
    stateDir: path.join(root, 'state'),
    https: true,
  });
});

afterAll(async () => {
  child?.kill();
  await twin?.stop();
  rmSync(root, { recursive: true, force: true });
});

/**
 * Starts the Amplify client as `email`, trusting the twin's certificate unless `trusted` is false,
 * collecting its reports and its output.
 */
function startAmplifyClient(email: string, trusted = true): ChildProcess {
  const settings: AmplifyClientSettings = {
    graphqlUrl: twin.config.graphqlUrl,
    region: twin.config.region,
    apiKey: twin.config.apiKey,
    userPoolId: twin.config.userPoolId,
    userPoolClientId: twin.config.userPoolClientId,
    userPoolEndpoint: twin.config.userPoolEndpoint,
    email,
    password: DEFAULT_PASSWORD,
  };
  const started = fork(CHILD, [], {
    execArgv: ['--import', 'tsx'],
    env: {
      ...process.env,
      ...(trusted ? { NODE_EXTRA_CA_CERTS: twin.certificateFile } : {}),
      SHOPSYNC_AMPLIFY_SETTINGS: JSON.stringify(settings),
    },
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  started.on('message', (message) => reports.push(message as AmplifyClientReport));
  started.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  started.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return started;
}

/**
 * The backend's publish, as the order functions make it: `publishOrderStatus` SigV4-signed (IAM) over
 * the plain HTTP the twin keeps on the same port for them. It selects every field subscribers ask for
 * and filter on: AppSync gives subscribers only what the mutation selected.
 */
async function publishStatus(orderId: string, userId: string, status: string): Promise<void> {
  const url = `${twin.front.httpEndpoint}/graphql`;
  const body = JSON.stringify({
    query: `mutation ($input: OrderStatusEventInput!) {
      publishOrderStatus(input: $input) { orderId userId status }
    }`,
    variables: { input: { orderId, userId, status, at: '2026-11-26T08:00:00.000Z' } },
  });
  const response = await fetch(url, { method: 'POST', headers: await iamSignedHeaders(url, body), body });
  expect(await response.json()).toEqual({ data: { publishOrderStatus: { orderId, userId, status } } });
}

/** A failure the child reported, with what it printed; undefined while none. */
function failure(): string | undefined {
  const failed = reports.find((report) => report.step === 'failed');
  return failed && `${JSON.stringify(failed)}\n${output}`;
}

describe('Amplify generateClient (aws-amplify/api v6) over https:// and wss://', () => {
  it('fails as a client that does not trust the twin’s certificate: verification stays on', async () => {
    const untrusting = startAmplifyClient('nobody@example.com', false);
    const exited = new Promise((resolve) => untrusting.once('exit', resolve));
    expect(await exited).toBe(1);
    // Amplify reports a failed fetch (here, "self-signed certificate") as a network error.
    expect(reports.splice(0)).toEqual([
      {
        step: 'failed',
        during: 'the API key query',
        error: { data: {}, errors: [expect.objectContaining({ message: 'A network error has occurred.' })] },
      },
    ]);
  });

  it('queries with the API key and as a Cognito user, and receives that user’s onOrderStatusChanged events only', async () => {
    expect(twin.config.graphqlUrl).toMatch(/^https:\/\/127\.0\.0\.1:\d+\/graphql$/);
    expect(twin.config.realtimeUrl).toBe(`${twin.config.graphqlUrl.replace(/^https/, 'wss')}/realtime`);
    const email = 'amplify@example.com';
    const { sub } = await signUpUser(twin, email);
    const other = await signUpUser(twin, 'someone-else@example.com');
    const before = twin.realtime.stats().subscriptions;

    child = startAmplifyClient(email);
    // Subscribed once the twin holds the subscription (its start_ack is sent).
    await expect.poll(() => failure() ?? twin.realtime.stats().subscriptions).toBe(before + 1);
    expect(reports).toEqual([
      { step: 'apiKey', data: { categories: [] } },
      { step: 'userPool', data: { me: { id: sub, email } } },
    ]);

    // Another shopper's event first: events arrive in the order they are published, so once the user's
    // own has arrived, the other's would have arrived before it.
    await publishStatus('o-other', other.sub, 'CONFIRMED');
    await publishStatus('o-amplify', sub, 'CONFIRMED');
    const events = (): unknown[] =>
      reports.flatMap((report) => (report.step === 'event' ? [report.data] : []));
    await expect
      .poll(() => failure() ?? events())
      .toEqual([{ onOrderStatusChanged: { orderId: 'o-amplify', userId: sub, status: 'CONFIRMED' } }]);

    const exited = new Promise((resolve) => child?.once('exit', resolve));
    child.send('stop');
    expect(await exited).toBe(0);
    await expect.poll(() => twin.realtime.stats().subscriptions).toBe(before);
  });
});
