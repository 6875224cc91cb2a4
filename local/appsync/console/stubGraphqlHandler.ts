import { graphql } from 'graphql';
import type { GraphQLSchema } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A request the stub answered, as it arrived. */
export interface StubRequest {
  readonly headers: IncomingMessage['headers'];
  readonly body: {
    readonly query: string;
    readonly operationName?: string | null;
    readonly variables?: unknown;
  };
}

/**
 * For tests only: `POST /graphql` over `schema` with graphql-js and no resolvers (enough for
 * introspection), answering 401 with an AppSync-shaped `UnauthorizedException` when the request has
 * neither `x-api-key` nor `authorization`. Records every request in `requests`. Returns false for
 * other paths, like the front's handlers.
 */
export function stubGraphqlHandler(
  schema: GraphQLSchema,
  requests: StubRequest[],
): (request: IncomingMessage, response: ServerResponse) => boolean {
  return (request, response) => {
    if (new URL(request.url ?? '/', 'http://localhost').pathname !== '/graphql') return false;
    const send = (status: number, body: unknown): void => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.method !== 'POST') {
      send(405, { errors: [{ message: 'POST only' }] });
      return true;
    }
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      void (async () => {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as StubRequest['body'];
        requests.push({ headers: request.headers, body });
        if (!request.headers['x-api-key'] && !request.headers.authorization) {
          send(401, {
            errors: [
              { errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' },
            ],
          });
          return;
        }
        send(
          200,
          await graphql({
            schema,
            source: body.query,
            operationName: body.operationName,
            variableValues: body.variables as Record<string, unknown> | undefined,
          }),
        );
      })();
    });
    return true;
  };
}
