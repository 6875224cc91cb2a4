import type { Twin } from '../../local/twin.js';
import { answersMe } from './answersMe.js';
import type { GraphqlPath } from './GraphqlPath.js';

/**
 * The whole twin as the app reaches it: a POST to `/graphql` on the front with the id token in
 * `authorization` (Node's fetch, keep-alive), so JWT verification and the HTTP layer are in the figure.
 */
export function twinHttpPath(twin: Twin, query: string, idToken: string, sub: string): GraphqlPath {
  const body = JSON.stringify({ query });
  const headers = { 'content-type': 'application/json', authorization: idToken };
  return {
    label: 'twin POST /graphql (HTTP + JWT)',
    call: async () => {
      const response = await fetch(twin.config.graphqlUrl, { method: 'POST', headers, body });
      return response.ok && answersMe(await response.json(), sub);
    },
  };
}
