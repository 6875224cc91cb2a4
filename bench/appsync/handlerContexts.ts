import type { HandlerContext } from '../../local/appsync/sandbox/ResolverSandbox.js';

const SUB = '8f0e6c1a-3b7d-4d52-9a61-2c4e5f7a9b10';
const ISSUER = 'http://127.0.0.1:9229/local_bench';

/** A Cognito caller's `ctx.identity` with the claims of a Cognito id token. */
const identity = {
  sub: SUB,
  issuer: ISSUER,
  username: SUB,
  claims: {
    sub: SUB,
    email_verified: true,
    iss: ISSUER,
    'cognito:username': SUB,
    origin_jti: '0b7f4c1e-2d3a-4b5c-8d9e-0f1a2b3c4d5e',
    aud: 'bench-client-id',
    event_id: '6c5d4e3f-2a1b-4c0d-9e8f-7a6b5c4d3e2f',
    token_use: 'id',
    auth_time: 1_760_000_000,
    exp: 1_760_003_600,
    iat: 1_760_000_000,
    jti: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    email: 'bench@example.com',
  },
  sourceIp: ['127.0.0.1'],
  defaultAuthStrategy: 'ALLOW',
  groups: null,
} as const;

/** `ctx` of Query.me's request handler, as `runResolver` builds it for `{ me { id email name } }`. */
export const meRequestContext: HandlerContext = {
  arguments: {},
  identity,
  source: null,
  stash: {},
  request: {
    headers: { 'content-type': 'application/json', authorization: '<id token>', host: '127.0.0.1' },
    domainName: null,
  },
  info: {
    fieldName: 'me',
    parentTypeName: 'Query',
    variables: {},
    selectionSetList: ['id', 'email', 'name'],
    selectionSetGraphQL: '{\n  id\n  email\n  name\n}',
  },
  env: {},
};

/** `ctx` of Query.me's response handler: the request's, with the profile item GetItem found. */
export const meResponseContext: HandlerContext = {
  ...meRequestContext,
  result: { id: SUB, email: 'bench@example.com', createdAt: '2025-10-09T08:00:00.000Z' },
};
