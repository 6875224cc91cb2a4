import type { IncomingMessage, ServerResponse } from 'node:http';
import type { EngineResponse, GraphqlRequest, RequestAuth } from '../execution/createEngine.js';

/** A request as the auth check sees it: SigV4 signs the method, path, headers and body. */
export interface HttpRequestForAuth {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly headers: Record<string, string>;
  readonly body: string;
}

/** A request-level auth failure: AppSync answers it with an HTTP status (401) and an errors body. */
export interface AuthFailure {
  readonly status: number;
  readonly errorType: string;
  readonly message: string;
}

export interface GraphqlHandlerOptions {
  readonly authenticate: (request: HttpRequestForAuth) => Promise<RequestAuth | AuthFailure>;
  readonly execute: (
    request: GraphqlRequest,
    auth: RequestAuth,
    headers: Record<string, string>,
  ) => Promise<EngineResponse>;
  /** Largest accepted request body in bytes. */
  readonly maxBodyBytes: number;
  /** Where a browser asking for `/graphql` as a page is sent (the console). */
  readonly consolePath?: string;
}

const CORS = {
  'access-control-allow-origin': '*',
  'access-control-allow-methods': 'GET, POST, OPTIONS',
  'access-control-allow-headers':
    'authorization, content-type, x-api-key, x-amz-date, x-amz-security-token, x-amz-user-agent, x-amz-content-sha256',
  'access-control-max-age': '86400',
};

/**
 * `/graphql` as AppSync serves it, by AppSync's own account (graphql/graphql-over-http#81): POST with a
 * JSON body (`query`, `variables`, `operationName`), GET with the same as query parameters, for queries
 * and mutations alike ("AppSync supports HTTP POST and GET for queries and mutations"), CORS for the app.
 * Malformed requests are answered as AppSync answers them: 400 `MalformedHttpRequestException` with
 * "Request body is empty." or "Unable to parse GraphQL query."; auth failures with their status; every
 * executed request 200. A body over `maxBytes` is answered 413 and the connection kept usable. Returns
 * false for other paths.
 */
export function graphqlHandler(options: GraphqlHandlerOptions) {
  return async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname !== '/graphql') return false;
    const method = request.method ?? 'GET';
    if (method === 'OPTIONS') {
      response.writeHead(204, CORS).end();
      return true;
    }
    if (method === 'GET' && options.consolePath && !url.searchParams.has('query') && acceptsHtml(request)) {
      response.writeHead(302, { location: options.consolePath }).end();
      return true;
    }
    if (method !== 'POST' && method !== 'GET') {
      send(response, 405, {
        errors: [{ errorType: 'MethodNotAllowedException', message: `${method} is not supported.` }],
      });
      return true;
    }

    let body: string;
    try {
      body = method === 'POST' ? await readBody(request, options.maxBodyBytes) : '';
    } catch (error) {
      send(response, 413, {
        errors: [{ errorType: 'PayloadTooLargeException', message: (error as Error).message }],
      });
      return true;
    }
    const headers = lowerCaseHeaders(request);
    const query = Object.fromEntries(url.searchParams);
    const parsed = method === 'POST' ? parseBody(body) : parseQueryParameters(query);
    if (typeof parsed === 'string') {
      send(response, 400, { errors: [{ errorType: 'MalformedHttpRequestException', message: parsed }] });
      return true;
    }
    const auth = await options.authenticate({ method, path: url.pathname, query, headers, body });
    if ('status' in auth) {
      send(response, auth.status, { errors: [{ errorType: auth.errorType, message: auth.message }] });
      return true;
    }
    send(response, 200, await options.execute(parsed, auth, headers));
    return true;
  };
}

function parseBody(body: string): GraphqlRequest | string {
  if (body.trim() === '') return 'Request body is empty.';
  try {
    return asGraphqlRequest(JSON.parse(body));
  } catch {
    return 'Unable to parse GraphQL query.';
  }
}

function parseQueryParameters(query: Record<string, string>): GraphqlRequest | string {
  try {
    return asGraphqlRequest({
      query: query.query,
      variables: query.variables ? (JSON.parse(query.variables) as unknown) : undefined,
      operationName: query.operationName,
    });
  } catch {
    return 'Unable to parse GraphQL query.';
  }
}

function asGraphqlRequest(value: unknown): GraphqlRequest {
  const { query, variables, operationName } = (value ?? {}) as Record<string, unknown>;
  const valid =
    typeof value === 'object' &&
    !Array.isArray(value) &&
    typeof query === 'string' &&
    (variables === undefined ||
      variables === null ||
      (typeof variables === 'object' && !Array.isArray(variables))) &&
    (operationName === undefined || operationName === null || typeof operationName === 'string');
  if (!valid) throw new Error('not a GraphQL request');
  return {
    query: query,
    variables: (variables as Record<string, unknown> | null | undefined) ?? null,
    operationName: operationName ?? null,
  };
}

/**
 * The request body as text; rejects once it passes `maxBytes`. The rest of a refused body is still read
 * and dropped, so the connection stays in step for the client's next request (a body left unread, or a
 * request stream destroyed half-way, broke the keep-alive connection with ECONNRESET). Node's
 * `requestTimeout` ends a body that never ends.
 */
function readBody(request: IncomingMessage, maxBytes: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      if (size > maxBytes) return;
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      chunks.length = 0;
      reject(new Error(`The request body exceeds ${maxBytes} bytes.`));
    });
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function lowerCaseHeaders(request: IncomingMessage): Record<string, string> {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(request.headers)) {
    if (value !== undefined) headers[name.toLowerCase()] = Array.isArray(value) ? value.join(', ') : value;
  }
  return headers;
}

function acceptsHtml(request: IncomingMessage): boolean {
  return (request.headers.accept ?? '').includes('text/html');
}

function send(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json; charset=UTF-8', ...CORS });
  response.end(JSON.stringify(body));
}
