import { expect } from 'vitest';

/** One error of an AppSync response, as AppSync shapes it. */
export interface GraphqlError {
  readonly errorType?: string;
  readonly message: string;
  readonly path?: readonly (string | number)[];
  readonly errorInfo?: Record<string, unknown> | null;
}

export interface GraphqlResponse {
  readonly data: Record<string, unknown> | null;
  readonly errors?: readonly GraphqlError[];
}

/** How a test calls `/graphql` as one caller: `{ authorization }` or `{ 'x-api-key' }`. */
export type CallerHeaders = Readonly<Record<string, string>>;

/**
 * A GraphQL client of a twin's `/graphql` for tests: `call` answers the whole response (status 200
 * asserted), `ok` the data of a call that must succeed, `failure` the one error of a call that must fail.
 */
export function graphqlClient(graphqlUrl: () => string) {
  async function call(
    query: string,
    headers: CallerHeaders,
    variables?: Record<string, unknown>,
  ): Promise<GraphqlResponse> {
    const response = await fetch(graphqlUrl(), {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ query, variables }),
    });
    expect(response.status, query).toBe(200);
    return (await response.json()) as GraphqlResponse;
  }
  async function ok<T>(
    query: string,
    headers: CallerHeaders,
    variables?: Record<string, unknown>,
  ): Promise<T> {
    const { data, errors } = await call(query, headers, variables);
    expect(errors, query).toBeUndefined();
    return data as T;
  }
  async function failure(
    query: string,
    headers: CallerHeaders,
    variables?: Record<string, unknown>,
  ): Promise<GraphqlError> {
    const { errors } = await call(query, headers, variables);
    expect(errors, query).toHaveLength(1);
    return errors![0]!;
  }
  return { call, ok, failure };
}
