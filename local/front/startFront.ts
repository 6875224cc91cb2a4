import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { Duplex } from 'node:stream';
import type { LocalService } from '../LocalService.js';
import { close, listen } from '../listen.js';
import { dualProtocolServer } from './dualProtocolServer.js';

export type ServiceState = 'starting' | 'ready' | 'failed' | 'stopped';

/** Answers a request the front does not handle itself; returns false to let the front answer 404. */
export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => boolean | Promise<boolean>;

export interface FrontService extends LocalService {
  /**
   * The same port over plain HTTP (`http://127.0.0.1:<port>`). Without TLS it is `endpoint`; with TLS it
   * serves callers of this process that do not trust the certificate, such as the Lambda functions.
   */
  readonly httpEndpoint: string;
  /** Records a service's state and endpoint for `/health` and the start page. */
  setState(service: string, state: ServiceState, endpoint?: string): void;
  /** Sets the client configuration `/config.json` serves. */
  setConfig(config: unknown): void;
  /** Sets where `/_twin/metrics` reads the twin's counters, at each request. */
  setMetrics(read: () => Promise<unknown>): void;
  /** Adds a handler for other paths (the AppSync runtime mounts `/graphql` here). */
  mount(handler: RouteHandler): void;
  /**
   * Adds a handler for WebSocket upgrades (the real-time endpoint); it returns false for requests it
   * does not serve. An upgrade nobody serves is answered 404 and closed.
   */
  mountUpgrade(handler: UpgradeHandler): void;
}

/** Takes over an HTTP upgrade request (a WebSocket handshake), or returns false to leave it. */
export type UpgradeHandler = (request: IncomingMessage, socket: Duplex, head: Buffer) => boolean;

/** How the front serves its port. */
export interface FrontOptions {
  /**
   * A certificate and its key (PEM): the port then answers TLS too, and `endpoint` is `https://` (so
   * the GraphQL URL is `https://` and the real-time one `wss://`), while plain HTTP stays at
   * `httpEndpoint`. None: plain HTTP only.
   */
  readonly tls?: { readonly cert: string; readonly key: string };
}

/**
 * The twin's base port: `GET /health` (503 until every service is ready, then 200, with each service's
 * state and endpoint), `GET /config.json` (the app's configuration, the same shape CDK deploys, plus
 * the service endpoints), `GET /_twin/metrics` (what the services have counted, read afresh at each
 * request; 503 until set), and a start page linking to them and to the mailbox. A request target that is
 * no URL, or whose percent-encoding a handler cannot decode, is answered 400, never 500. With `tls`,
 * every route and upgrade is served over TLS and over plain HTTP alike, on the one port.
 */
export async function startFront(port: number, options: FrontOptions = {}): Promise<FrontService> {
  const services = new Map<string, { state: ServiceState; endpoint?: string }>();
  const handlers: RouteHandler[] = [];
  const upgradeHandlers: UpgradeHandler[] = [];
  let config: unknown;
  let readMetrics: (() => Promise<unknown>) | undefined;

  const onRequest = (request: IncomingMessage, response: ServerResponse): void => {
    void handle(request, response).catch((error: unknown) => {
      if (response.headersSent) response.destroy();
      // A handler that cannot read the request target (`decodeURIComponent`, `new URL`) was sent a bad one.
      else if (isBadTarget(error)) json(response, 400, { message: badTarget(request) });
      else json(response, 500, { message: (error as Error).message });
    });
  };
  const handle = async (request: IncomingMessage, response: ServerResponse): Promise<void> => {
    if (!URL.canParse(request.url ?? '/', 'http://localhost')) {
      json(response, 400, { message: badTarget(request) });
      return;
    }
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (request.method === 'GET' && pathname === '/health') {
      const all = [...services.values()];
      const ready = all.length > 0 && all.every((service) => service.state === 'ready');
      json(response, ready ? 200 : 503, {
        status: ready ? 'ready' : 'starting',
        services: Object.fromEntries(services),
      });
      return;
    }
    if (request.method === 'GET' && pathname === '/config.json') {
      if (config === undefined) json(response, 503, { message: 'The twin is still starting' });
      else json(response, 200, config, { 'access-control-allow-origin': '*' });
      return;
    }
    if (request.method === 'GET' && pathname === '/_twin/metrics') {
      if (readMetrics === undefined) json(response, 503, { message: 'The twin is still starting' });
      else json(response, 200, await readMetrics());
      return;
    }
    // The start page is `/` until an app is mounted there; it stays at `/_twin` either way.
    const startPageWanted = request.method === 'GET' && pathname === '/_twin';
    if (!startPageWanted) for (const handler of handlers) if (await handler(request, response)) return;
    if (request.method === 'GET' && (pathname === '/' || startPageWanted)) {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(startPage(services, config));
      return;
    }
    json(response, 404, { message: `Nothing at ${request.method ?? 'GET'} ${pathname}` });
  };

  const onUpgrade = (request: IncomingMessage, socket: Duplex, head: Buffer): void => {
    if (upgradeHandlers.some((handler) => handler(request, socket, head))) return;
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
  };
  const server = createServer(onRequest).on('upgrade', onUpgrade);
  let httpEndpoint: string;
  let endpoint: string;
  let stop: () => Promise<void>;
  if (options.tls) {
    const secure = createHttpsServer({ cert: options.tls.cert, key: options.tls.key }, onRequest);
    const dual = dualProtocolServer(server, secure.on('upgrade', onUpgrade));
    httpEndpoint = await listen(dual.server, port, 'twin');
    endpoint = httpEndpoint.replace(/^http:/, 'https:');
    stop = () => dual.close();
  } else {
    httpEndpoint = endpoint = await listen(server, port, 'twin');
    stop = () => close(server);
  }
  return {
    name: 'twin',
    endpoint,
    httpEndpoint,
    setState: (service, state, serviceEndpoint) => {
      services.set(service, { state, ...(serviceEndpoint ? { endpoint: serviceEndpoint } : {}) });
    },
    setConfig: (value) => {
      config = value;
    },
    setMetrics: (read) => {
      readMetrics = read;
    },
    mount: (handler) => {
      handlers.push(handler);
    },
    mountUpgrade: (handler) => {
      upgradeHandlers.push(handler);
    },
    stop,
  };
}

function json(
  response: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  response.writeHead(status, { 'content-type': 'application/json', ...headers });
  response.end(JSON.stringify(body, null, 2));
}

/** A malformed percent-encoding (`URIError`) or a target that is no URL (`ERR_INVALID_URL`). */
function isBadTarget(error: unknown): boolean {
  return error instanceof URIError || (error as { code?: unknown } | null)?.code === 'ERR_INVALID_URL';
}

function badTarget(request: IncomingMessage): string {
  return `Bad request: ${request.method ?? 'GET'} ${request.url ?? ''} is not a well-formed request target`;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);
}

function startPage(
  services: ReadonlyMap<string, { state: ServiceState; endpoint?: string }>,
  config: unknown,
): string {
  const mailbox = (config as { mailboxUrl?: unknown } | undefined)?.mailboxUrl;
  const mailboxLinks =
    typeof mailbox === 'string'
      ? `<p>Mailbox (every email sent, sign-up codes too): <a href="${escapeHtml(mailbox)}">${escapeHtml(mailbox)}</a> · JSON: <a href="${escapeHtml(new URL('/store', mailbox).href)}">/store</a></p>`
      : '';
  const rows = [...services]
    .map(
      ([name, { state, endpoint }]) =>
        `<tr><td>${escapeHtml(name)}</td><td>${state}</td><td>${
          endpoint ? `<a href="${escapeHtml(endpoint)}">${escapeHtml(endpoint)}</a>` : ''
        }</td></tr>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>ShopSync local twin</title></head>
<body>
<h1>ShopSync local twin</h1>
<p><a href="/console">GraphQL console</a> · <a href="/health">/health</a> · <a href="/config.json">/config.json</a> · <a href="/_twin/metrics">/_twin/metrics</a></p>
${mailboxLinks}
<table><thead><tr><th>service</th><th>state</th><th>endpoint</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body></html>
`;
}
