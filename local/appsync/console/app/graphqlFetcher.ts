/** What GraphiQL asks a fetcher to send. */
export interface GraphQLParams {
  readonly query: string;
  readonly operationName?: string | null;
  readonly variables?: unknown;
  readonly extensions?: unknown;
}

/** GraphiQL's per-request options: the headers typed in its headers editor. */
export interface FetcherOptions {
  readonly headers?: Readonly<Record<string, unknown>>;
}

/** A GraphQL response body as the API returns it (`data`, `errors`, ...). */
export type GraphQLResponse = Readonly<Record<string, unknown>>;

/**
 * A GraphiQL fetcher that POSTs to `url` with `headers` (the authorization) and the headers typed in
 * GraphiQL's editor, which win on a clash so an admin can override anything. Resolves to the JSON body
 * whatever the status (AppSync explains a 401 in `errors`); rejects when the body is not JSON.
 */
export function graphqlFetcher(
  url: string,
  headers: Readonly<Record<string, string>>,
): (params: GraphQLParams, options?: FetcherOptions) => Promise<GraphQLResponse> {
  return async (params, options) => {
    const typed = Object.fromEntries(
      Object.entries(options?.headers ?? {}).map(([name, value]) => [name.toLowerCase(), String(value)]),
    );
    const response = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json', ...headers, ...typed },
      body: JSON.stringify(params),
    });
    const text = await response.text();
    try {
      return JSON.parse(text) as GraphQLResponse;
    } catch {
      throw new Error(`${url} answered ${response.status} ${response.statusText}: ${text.slice(0, 200)}`);
    }
  };
}
