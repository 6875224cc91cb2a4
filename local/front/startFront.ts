import { createServer } from 'node:http';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Duplex } from 'node:stream';
import type { LocalService } from '../LocalService.js';
import { close, listen } from '../listen.js';

export type ServiceState = 'starting' | 'ready' | 'failed' | 'stopped';

/** Answers a request the front does not handle itself; returns false to let the front answer 404. */
export type RouteHandler = (request: IncomingMessage, response: ServerResponse) => boolean | Promise<boolean>;

export interface FrontService extends LocalService {
  /** Records a service's state and endpoint for `/health` and the start page. */
  setState(service: string, state: ServiceState, endpoint?: string): void;
  /** Sets the client configuration `/config.json` serves. */
  setConfig(config: unknown): void;
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

/**
 * The twin's base port: `GET /health` (503 until every service is ready, then 200, with each service's
 * state and endpoint), `GET /config.json` (the app's configuration, the same shape CDK deploys, plus
 * the service endpoints), and a start page linking to both and to the mailbox. A request target that is
 * no URL, or whose percent-encoding a handler cannot decode, is answered 400, never 500.
 */
export async function startFront(port: number): Promise<FrontService> {
  const services = new Map<string, { state: ServiceState; endpoint?: string }>();
  const handlers: RouteHandler[] = [];
  const upgradeHandlers: UpgradeHandler[] = [];
  let config: unknown;

  const server = createServer((request, response) => {
    void handle(request, response).catch((error: unknown) => {
      if (response.headersSent) response.destroy();
      // A handler that cannot read the request target (`decodeURIComponent`, `new URL`) was sent a bad one.
      else if (isBadTarget(error)) json(response, 400, { message: badTarget(request) });
      else json(response, 500, { message: (error as Error).message });
    });
  });
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

  server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    if (upgradeHandlers.some((handler) => handler(request, socket, head))) return;
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
  });
  const endpoint = await listen(server, port, 'twin');
  return {
    name: 'twin',
    endpoint,
    setState: (service, state, serviceEndpoint) => {
      services.set(service, { state, ...(serviceEndpoint ? { endpoint: serviceEndpoint } : {}) });
    },
    setConfig: (value) => {
      config = value;
    },
    mount: (handler) => {
      handlers.push(handler);
    },
    mountUpgrade: (handler) => {
      upgradeHandlers.push(handler);
    },
    stop: () => close(server),
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
<p><a href="/console">GraphQL console</a> · <a href="/health">/health</a> · <a href="/config.json">/config.json</a></p>
${mailboxLinks}
<table><thead><tr><th>service</th><th>state</th><th>endpoint</th></tr></thead>
<tbody>
${rows}
</tbody></table>
</body></html>
`;
}
