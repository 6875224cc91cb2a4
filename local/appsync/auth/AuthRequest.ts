/** The parts of an HTTP request (or of a real-time handshake's signed request) that authentication reads. */
export interface AuthRequest {
  readonly method: string;
  /** The request target as received: path and query string, e.g. `/graphql`. */
  readonly path: string;
  /** Header names in any case, as Node's `IncomingHttpHeaders` or a decoded real-time `header`. */
  readonly headers: Readonly<Record<string, string | readonly string[] | undefined>>;
  /** The body exactly as received: a SigV4 signature covers its bytes. */
  readonly body: string | Uint8Array;
  /** The TCP peer's address, the last entry of `ctx.identity.sourceIp`. */
  readonly remoteAddress?: string;
}
