import autocannon from 'autocannon';

/** What one load window measured. Latencies in ms. */
export interface LoadFigures {
  /** Mean of the per-second request counts (autocannon's Req/Sec average). */
  readonly requestsPerSecond: number;
  readonly p50: number;
  readonly p99: number;
  /** Responses received in the window. */
  readonly requests: number;
  /** Responses that were not 2xx, and connection errors and timeouts. */
  readonly non2xx: number;
  readonly errors: number;
  /** 2xx responses whose body carried GraphQL `errors`. */
  readonly graphqlErrors: number;
}

/**
 * Sends `bodies` in turn as `POST` requests to `url` from `connections` keep-alive connections for
 * `seconds` (autocannon, one request in flight per connection), with `headers`, and answers what it
 * measured. Every body is read for a GraphQL `errors` member: a fast error is no fast answer.
 */
export async function runLoad(options: {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly bodies: readonly string[];
  readonly connections: number;
  readonly seconds: number;
}): Promise<LoadFigures> {
  let next = 0;
  let graphqlErrors = 0;
  const result = await autocannon({
    url: options.url,
    method: 'POST',
    headers: { 'content-type': 'application/json', ...options.headers },
    connections: options.connections,
    duration: options.seconds,
    requests: [
      {
        setupRequest: (request) => {
          request.body = options.bodies[next++ % options.bodies.length]!;
          return request;
        },
        onResponse: (_status, body) => {
          if (body.includes('"errors"')) graphqlErrors += 1;
        },
      },
    ],
  });
  return {
    requestsPerSecond: result.requests.average,
    p50: result.latency.p50,
    p99: result.latency.p99,
    requests: result.requests.total,
    non2xx: result.non2xx,
    errors: result.errors,
    graphqlErrors,
  };
}
