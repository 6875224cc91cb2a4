import { getIntrospectionQuery } from 'graphql';
import type { IntrospectionQuery } from 'graphql';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadSchema } from '../../../../schema/loadSchema.js';
import { close, listen } from '../../../listen.js';
import { stubGraphqlHandler } from '../stubGraphqlHandler.js';
import type { StubRequest } from '../stubGraphqlHandler.js';
import { graphqlFetcher } from './graphqlFetcher.js';

const requests: StubRequest[] = [];
let server: Server;
let endpoint: string;

beforeAll(async () => {
  const graphqlRoute = stubGraphqlHandler(loadSchema(), requests);
  server = createServer((request, response) => {
    if (graphqlRoute(request, response)) return;
    response.writeHead(502, { 'content-type': 'text/html' });
    response.end('<h1>Bad gateway</h1>');
  });
  endpoint = await listen(server, 0, 'graphql stub');
});

afterAll(() => close(server));

describe('graphqlFetcher', () => {
  it('introspects the API with the authorization headers and returns the JSON body', async () => {
    const fetcher = graphqlFetcher(`${endpoint}/graphql`, { 'x-api-key': 'da2-local' });
    const result = (await fetcher({
      query: getIntrospectionQuery(),
      operationName: 'IntrospectionQuery',
    })) as { data: IntrospectionQuery };
    expect(result.data.__schema.queryType?.name).toBe('Query');
    const sent = requests.at(-1)!;
    expect(sent.headers['x-api-key']).toBe('da2-local');
    expect(sent.headers['content-type']).toBe('application/json');
    expect(sent.body.operationName).toBe('IntrospectionQuery');
  });

  it("lets the headers typed in GraphiQL's editor override the authorization", async () => {
    const fetcher = graphqlFetcher(`${endpoint}/graphql`, { authorization: 'id-token' });
    await fetcher({ query: '{ __typename }' }, { headers: { Authorization: 'typed-token', 'X-Trace': 7 } });
    const sent = requests.at(-1)!;
    expect(sent.headers.authorization).toBe('typed-token');
    expect(sent.headers['x-trace']).toBe('7');
  });

  it("resolves to AppSync's error body on a 401, so GraphiQL shows the errorType", async () => {
    const result = await graphqlFetcher(`${endpoint}/graphql`, {})({ query: '{ __typename }' });
    expect(result).toEqual({
      errors: [{ errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' }],
    });
  });

  it('rejects a body that is not JSON, naming the URL and status', async () => {
    await expect(graphqlFetcher(`${endpoint}/elsewhere`, {})({ query: '{ __typename }' })).rejects.toThrow(
      `${endpoint}/elsewhere answered 502 Bad Gateway: <h1>Bad gateway</h1>`,
    );
  });
});
