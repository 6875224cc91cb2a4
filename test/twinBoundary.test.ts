// The twin's network boundary: it serves the developer's own machine only. Every listener binds the
// loopback interface; the internal services (every port but the base port) answer only requests
// addressed to their own loopback host and port (no DNS rebinding), only with the content types of their
// AWS protocol (no `text/plain` POST from a web page, which needs no CORS preflight), and only Cognito
// answers CORS, for the shop's own origin.
import { readdirSync, readFileSync, readlinkSync, mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../infra/paths.js';
import { shop } from '../infra/shop.js';
import { startTwin } from '../local/twin.js';
import type { ServiceName, Twin } from '../local/twin.js';

const root = mkdtempSync(path.join(tmpdir(), 'shopsync-boundary-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

interface ListeningSocket {
  readonly address: string;
  readonly port: number;
}

/**
 * The TCP sockets this process listens on (state 0A in `/proc/net/tcp` and `tcp6`, whose inodes are among
 * this process's file descriptors), with their local address in the usual notation.
 */
function listeningSockets(): ListeningSocket[] {
  const inodes = new Set<string>();
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`);
      const inode = /^socket:\[(\d+)\]$/.exec(target)?.[1];
      if (inode) inodes.add(inode);
    } catch {
      // The descriptor closed while being listed.
    }
  }
  const sockets: ListeningSocket[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    for (const line of readFileSync(table, 'utf8').trim().split('\n').slice(1)) {
      const fields = line.trim().split(/\s+/);
      const [local = '', state, inode = ''] = [fields[1], fields[3], fields[9]];
      if (state !== '0A' || !inodes.has(inode)) continue;
      const [hex = '', port = ''] = local.split(':');
      sockets.push({ address: addressOf(hex), port: parseInt(port, 16) });
    }
  }
  return sockets;
}

/** `/proc/net/tcp*` addresses are 32-bit words in host (little-endian) order. */
function addressOf(hex: string): string {
  const words = hex.match(/.{8}/g) ?? [];
  const bytes = words.flatMap((word) =>
    (word.match(/.{2}/g) ?? []).reverse().map((byte) => parseInt(byte, 16)),
  );
  if (bytes.length === 4) return bytes.join('.');
  if (bytes.slice(0, 10).every((byte) => byte === 0) && bytes[10] === 0xff && bytes[11] === 0xff) {
    return `::ffff:${bytes.slice(12).join('.')}`;
  }
  const groups = Array.from({ length: 8 }, (_, index) =>
    ((bytes[2 * index]! << 8) | bytes[2 * index + 1]!).toString(16),
  );
  return groups.join(':').replace(/(^|:)0(:0)+(:|$)/, '::');
}

const LOOPBACK = new Set(['127.0.0.1', '::ffff:127.0.0.1', '0:0:0:0:0:0:0:1', '::1']);

interface RawResponse {
  readonly status: number;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
  readonly body: string;
}

/** One HTTP request to `endpoint` with exactly these headers (`host` included, which fetch cannot set). */
function send(
  endpoint: string,
  options: {
    readonly method: string;
    readonly path: string;
    readonly headers: Readonly<Record<string, string>>;
    readonly body?: string;
  },
): Promise<RawResponse> {
  const url = new URL(endpoint);
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        host: url.hostname,
        port: url.port,
        method: options.method,
        path: options.path,
        headers: {
          ...(options.body === undefined ? {} : { 'content-length': Buffer.byteLength(options.body) }),
          ...options.headers,
        },
      },
      (incoming) => {
        const chunks: Buffer[] = [];
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk));
        incoming.on('error', reject);
        incoming.on('end', () =>
          resolve({
            status: incoming.statusCode ?? 0,
            headers: incoming.headers,
            body: Buffer.concat(chunks).toString('utf8'),
          }),
        );
      },
    );
    outgoing.on('error', reject);
    outgoing.end(options.body);
  });
}

/** A request each internal service would act on if it came from an AWS SDK: the path and its protocol. */
const OPERATIONS: Readonly<
  Record<Exclude<ServiceName, 'twin'>, { readonly path: string; readonly headers: Record<string, string> }>
> = {
  dynamodb: { path: '/', headers: { 'x-amz-target': 'DynamoDB_20120810.ListTables' } },
  'rds-data': { path: '/Execute', headers: {} },
  lambda: { path: '/2015-03-31/functions/postConfirmation/invocations', headers: {} },
  'sqs/sns': { path: '/', headers: { 'x-amz-target': 'AmazonSQS.ListQueues' } },
  ses: { path: '/v2/email/outbound-emails', headers: {} },
  cognito: { path: '/', headers: { 'x-amz-target': 'AWSCognitoIdentityProviderService.ListUserPools' } },
  scheduler: { path: '/schedules', headers: {} },
};
const INTERNAL = Object.keys(OPERATIONS) as (keyof typeof OPERATIONS)[];

describe('the twin at its network boundary', () => {
  let twin: Twin;
  beforeAll(async () => {
    twin = await startTwin({
      description: shop,
      rootDir: ROOT_DIR,
      port: 0,
      stateDir: path.join(root, 'state'),
    });
  });
  afterAll(async () => twin?.stop());

  it('listens on the loopback interface only, with every service', () => {
    const sockets = listeningSockets();
    const ports = Object.values(twin.config.services).map((endpoint) => Number(new URL(endpoint).port));
    for (const port of ports) expect(sockets.map((socket) => socket.port)).toContain(port);
    const exposed = sockets.filter((socket) => !LOOPBACK.has(socket.address));
    expect(exposed, 'listeners bound beyond loopback').toEqual([]);
  });

  it.each(INTERNAL)('%s refuses a request addressed to another host (DNS rebinding)', async (service) => {
    const endpoint = twin.config.services[service];
    const port = new URL(endpoint).port;
    for (const host of ['evil.example', `evil.example:${port}`, `127.0.0.1:${Number(port) + 100}`]) {
      const response = await send(endpoint, {
        method: 'POST',
        path: OPERATIONS[service].path,
        headers: { host, 'content-type': 'application/json', ...OPERATIONS[service].headers },
        body: '{}',
      });
      expect([403, 421], `${service} with Host ${host}`).toContain(response.status);
      expect(response.headers['x-amzn-errortype'] ?? response.body).toMatch(/AccessDenied|Misdirected/);
    }
    const own = await send(endpoint, { method: 'GET', path: '/', headers: { host: `localhost:${port}` } });
    expect([403, 421]).not.toContain(own.status);
  });

  it.each(INTERNAL)(
    '%s refuses a body whose content type its AWS protocol does not use (a page’s text/plain POST)',
    async (service) => {
      const endpoint = twin.config.services[service];
      const response = await send(endpoint, {
        method: 'POST',
        path: OPERATIONS[service].path,
        headers: {
          host: new URL(endpoint).host,
          'content-type': 'text/plain;charset=UTF-8',
          ...OPERATIONS[service].headers,
        },
        body: '{}',
      });
      expect(response.status, service).toBe(415);
      expect(response.headers['x-amzn-errortype']).toBe('UnsupportedMediaTypeException');
    },
  );

  it.each(INTERNAL)('%s answers no page of another origin, and sends it no CORS header', async (service) => {
    const endpoint = twin.config.services[service];
    const headers = { host: new URL(endpoint).host, origin: 'https://evil.example' };
    const preflight = await send(endpoint, {
      method: 'OPTIONS',
      path: OPERATIONS[service].path,
      headers: {
        ...headers,
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'content-type,x-amz-target',
      },
    });
    expect(preflight.headers['access-control-allow-origin']).toBeUndefined();
    expect(preflight.status).toBe(403);
    const call = await send(endpoint, {
      method: 'POST',
      path: OPERATIONS[service].path,
      headers: {
        ...headers,
        'content-type': 'application/x-www-form-urlencoded',
        ...OPERATIONS[service].headers,
      },
      body: 'Action=ListTopics',
    });
    expect(call.status).toBe(403);
    expect(call.headers['x-amzn-errortype']).toBe('AccessDeniedException');
    expect(call.headers['access-control-allow-origin']).toBeUndefined();
  });

  it("answers Cognito's CORS preflight for the shop's own origin only, and no other service's", async () => {
    for (const service of INTERNAL) {
      const endpoint = twin.config.services[service];
      const preflight = await send(endpoint, {
        method: 'OPTIONS',
        path: '/',
        headers: {
          host: new URL(endpoint).host,
          origin: twin.url,
          'access-control-request-method': 'POST',
          'access-control-request-headers': 'content-type,x-amz-target,x-amz-user-agent',
        },
      });
      if (service === 'cognito') {
        expect(preflight.status).toBe(204);
        expect(preflight.headers['access-control-allow-origin']).toBe(twin.url);
        expect(preflight.headers.vary).toMatch(/origin/i);
      } else {
        expect(preflight.headers['access-control-allow-origin'], service).toBeUndefined();
      }
    }
    const signIn = await send(twin.config.services.cognito, {
      method: 'POST',
      path: '/',
      headers: {
        host: new URL(twin.config.services.cognito).host,
        origin: twin.url,
        'content-type': 'application/x-amz-json-1.1',
        'x-amz-target': 'AWSCognitoIdentityProviderService.InitiateAuth',
      },
      body: JSON.stringify({
        ClientId: twin.config.userPoolClientId,
        AuthFlow: 'USER_PASSWORD_AUTH',
        AuthParameters: { USERNAME: 'nobody@example.com', PASSWORD: 'Not-The-Password-1' },
      }),
    });
    expect(signIn.headers['access-control-allow-origin']).toBe(twin.url);
    expect(signIn.headers['x-amzn-errortype']).toBe('NotAuthorizedException');
  });
});
