import type { IncomingMessage } from 'node:http';

/** The authorization headers a client sent with its WebSocket handshake, or why there are none. */
export type Handshake = { readonly headers: Readonly<Record<string, string>> } | { readonly missing: true };

/**
 * Reads the handshake's authorization headers, from either form AppSync accepts
 * (real-time-websocket-client docs, "Handshake details to establish the WebSocket connection"):
 * - a `header-<base64url JSON>` entry in `Sec-WebSocket-Protocol` beside `graphql-ws`, what current
 *   clients send (aws-appsync-subscription-link 4, Amplify 6);
 * - the older `?header=<base64 JSON>&payload=e30=` query string (`payload` is `{}` and not read).
 *
 * A header that is not base64 JSON of an object counts as no headers, so authentication refuses it;
 * neither form present is `{ missing: true }`.
 */
export function readHandshake(request: IncomingMessage): Handshake {
  const protocols = (request.headers['sec-websocket-protocol'] ?? '').split(',').map((entry) => entry.trim());
  const fromProtocol = protocols.find((entry) => entry.startsWith('header-'))?.slice('header-'.length);
  const fromQuery = new URL(request.url ?? '/', 'http://localhost').searchParams.get('header') ?? undefined;
  const encoded = fromProtocol ?? fromQuery;
  if (encoded === undefined) return { missing: true };
  return { headers: decodeHeaders(encoded) };
}

function decodeHeaders(encoded: string): Record<string, string> {
  try {
    // Node's base64 decoder reads both alphabets: the subprotocol's base64url and the query's base64.
    const parsed: unknown = JSON.parse(Buffer.from(encoded, 'base64').toString('utf8'));
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return {};
    return Object.fromEntries(
      Object.entries(parsed).flatMap(([name, value]) =>
        typeof value === 'string' ? [[name.toLowerCase(), value] as const] : [],
      ),
    );
  } catch {
    return {};
  }
}
