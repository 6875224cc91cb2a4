import { getIntrospectionQuery } from 'graphql';
import { generateKeyPair, importJWK, SignJWT } from 'jose';
import type { JWK } from 'jose';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { Agent, request as httpRequest } from 'node:http';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../infra/paths.js';
import { shop } from '../infra/shop.js';
import { ensureUser } from '../local/cognito/index.js';
import { startTwin } from '../local/twin.js';
import type { Twin } from '../local/twin.js';
import { iamSignedHeaders, signInUser, signUpUser } from './support/twinClients.js';

/** The root field this file's twin leaves unwired. */
const UNWIRED = 'myOrders';

const root = mkdtempSync(path.join(tmpdir(), 'shopsync-appsync-'));
let twin: Twin;
let graphqlUrl: string;
const tokens: Record<'shopper' | 'other' | 'admin', string> = { shopper: '', other: '', admin: '' };
const subs: Record<'shopper' | 'other', string> = { shopper: '', other: '' };

type Caller = Record<string, string>;
const apiKey = (): Caller => ({ 'x-api-key': twin.config.apiKey });
const bearer = (token: string): Caller => ({ authorization: token });

async function post(
  body: string,
  headers: Caller,
): Promise<{ status: number; json: Record<string, unknown> }> {
  const response = await fetch(graphqlUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

async function gql(query: string, headers: Caller, variables?: Record<string, unknown>) {
  const { status, json } = await post(JSON.stringify({ query, variables }), headers);
  expect(status).toBe(200);
  return json as { data: Record<string, unknown> | null; errors?: Record<string, unknown>[] };
}

/** SigV4-signs a GraphQL request the way the AWS SDK and aws-appsync-auth-link do (service appsync). */
const iamHeaders = (body: string): Promise<Caller> => iamSignedHeaders(graphqlUrl, body);

beforeAll(async () => {
  twin = await startTwin({
    // Every root field of the shop is wired: one is left out here to see how an unwired field answers.
    description: { ...shop, resolvers: shop.resolvers.filter((spec) => spec.fieldName !== UNWIRED) },
    rootDir: ROOT_DIR,
    port: 0,
    stateDir: path.join(root, 'state'),
  });
  graphqlUrl = twin.config.graphqlUrl;
  const shopper = await signUpUser(twin, 'shopper@example.com');
  const other = await signUpUser(twin, 'other@example.com');
  Object.assign(subs, { shopper: shopper.sub, other: other.sub });
  Object.assign(tokens, { shopper: shopper.idToken, other: other.idToken });
  await ensureUser(twin.services.cognito, {
    email: 'admin@example.com',
    password: 'Admin-Password-1',
    groups: ['admins'],
  });
  tokens.admin = await signInUser(twin, 'admin@example.com', 'Admin-Password-1');
});

afterAll(async () => {
  await twin?.stop();
  rmSync(root, { recursive: true, force: true });
});

describe('the AppSync twin over HTTP, with the project resolvers', () => {
  it('answers me with the caller’s own profile, from the sub in their token', async () => {
    const mine = await gql('{ me { id email name isAdmin } }', bearer(tokens.shopper));
    expect(mine).toEqual({
      data: { me: { id: subs.shopper, email: 'shopper@example.com', name: null, isAdmin: false } },
    });
    const theirs = await gql('{ me { id email } }', bearer(tokens.other));
    expect(theirs.data).toEqual({ me: { id: subs.other, email: 'other@example.com' } });
  });

  it('answers NotFound for a user without a stored profile', async () => {
    const { data, errors } = await gql('{ me { id } }', bearer(tokens.admin));
    expect(data).toBeNull();
    expect(errors?.[0]).toMatchObject({ errorType: 'NotFound', path: ['me'] });
  });

  it('updates only the caller’s profile, trimming, and validates the input', async () => {
    const updated = await gql(
      'mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id name shippingAddress { city country } } }',
      bearer(tokens.shopper),
      {
        input: {
          name: '  Ada Lovelace  ',
          shippingAddress: {
            name: 'Ada',
            line1: '1 Main St',
            city: 'Berlin',
            postalCode: '10115',
            country: 'DE',
          },
        },
      },
    );
    expect(updated.data).toEqual({
      updateProfile: {
        id: subs.shopper,
        name: 'Ada Lovelace',
        shippingAddress: { city: 'Berlin', country: 'DE' },
      },
    });
    const other = await gql('{ me { name } }', bearer(tokens.other));
    expect(other.data).toEqual({ me: { name: null } });

    const invalid = await gql(
      'mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }',
      bearer(tokens.shopper),
      {
        input: {
          shippingAddress: {
            name: 'Ada',
            line1: '1 Main St',
            city: 'Berlin',
            postalCode: '10115',
            country: 'Germany',
          },
        },
      },
    );
    expect(invalid.errors?.[0]).toMatchObject({
      errorType: 'ValidationError',
      errorInfo: { field: 'shippingAddress.country' },
    });
    const tooLong = await gql(
      'mutation { updateProfile(input: { name: "' + 'x'.repeat(101) + '" }) { id } }',
      bearer(tokens.shopper),
    );
    expect(tooLong.errors?.[0]).toMatchObject({ errorType: 'ValidationError', errorInfo: { field: 'name' } });
    // U+0000 and unpaired surrogates are no text to store (resolvers/lib/validate.ts `text`).
    for (const name of ['Ada\u0000', '\uD800Ada', 'Ada\uDFFF']) {
      const refused = await gql(
        'mutation ($input: UpdateProfileInput!) { updateProfile(input: $input) { id } }',
        bearer(tokens.shopper),
        { input: { name } },
      );
      expect(refused.errors?.[0], JSON.stringify(name)).toMatchObject({
        errorType: 'ValidationError',
        errorInfo: { field: 'name' },
      });
    }
    expect((await gql('{ me { name } }', bearer(tokens.shopper))).data).toEqual({
      me: { name: 'Ada Lovelace' },
    });
  });

  it('lets only IAM call publishOrderStatus', async () => {
    const query = `mutation { publishOrderStatus(input: { orderId: "o-1", userId: "${subs.shopper}", status: CONFIRMED, at: "2026-11-26T08:00:00.000Z" }) { orderId userId status reason at } }`;
    const body = JSON.stringify({ query });
    const { status, json } = await post(body, await iamHeaders(body));
    expect(status).toBe(200);
    expect(json).toEqual({
      data: {
        publishOrderStatus: {
          orderId: 'o-1',
          userId: subs.shopper,
          status: 'CONFIRMED',
          reason: null,
          at: '2026-11-26T08:00:00.000Z',
        },
      },
    });
    for (const caller of [apiKey(), bearer(tokens.shopper), bearer(tokens.admin)]) {
      const refused = await gql(query, caller);
      expect(refused.errors?.[0]).toMatchObject({ errorType: 'Unauthorized', path: ['publishOrderStatus'] });
    }
    const tampered = await iamHeaders(body);
    const response = await post(body.replace('o-1', 'o-2'), tampered);
    expect(response.status).toBeGreaterThanOrEqual(400);
  });

  it('refuses user-only fields to the API key, on the field', async () => {
    const { data, errors } = await gql('{ me { id } }', apiKey());
    expect(data).toBeNull();
    expect(errors?.[0]).toMatchObject({
      errorType: 'Unauthorized',
      message: 'Not Authorized to access me on type Query',
    });
  });

  it('names a root field no resolver is wired to', async () => {
    const { errors } = await gql(`{ ${UNWIRED} { items { id } } }`, bearer(tokens.shopper));
    expect(errors?.[0]).toMatchObject({
      errorType: 'MissingResolver',
      errorInfo: { field: `Query.${UNWIRED}` },
    });
  });
});

describe('request-level refusals and malformed requests', () => {
  const query = JSON.stringify({ query: '{ me { id } }' });

  it('answers 401 without auth, with an unknown key, and with forged or expired tokens', async () => {
    expect(await post(query, {})).toEqual({
      status: 401,
      json: {
        errors: [{ errorType: 'UnauthorizedException', message: 'Valid authorization header not provided.' }],
      },
    });
    expect((await post(query, { 'x-api-key': 'da2-notakeyofthisapi00000000' })).status).toBe(401);
    expect((await post(query, bearer('not-a-token'))).status).toBe(401);

    // Forged: the twin's claims, signed with another key.
    const claims = JSON.parse(Buffer.from(tokens.shopper.split('.')[1]!, 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const { privateKey } = await generateKeyPair('RS256');
    const forged = await new SignJWT(claims)
      .setProtectedHeader({ alg: 'RS256', kid: 'CognitoLocal' })
      .sign(privateKey);
    expect((await post(query, bearer(forged))).status).toBe(401);

    // Expired: the twin's own key (published in cognito-local), an exp in the past.
    const require = createRequire(import.meta.url);
    const jwkPath = require.resolve('cognito-local/lib/keys/cognitoLocal.private.json');
    const { jwk } = JSON.parse(readFileSync(jwkPath, 'utf8')) as { jwk: JWK };
    const twinKey = await importJWK(jwk, 'RS256');
    const now = Math.floor(Date.now() / 1000);
    const expired = await new SignJWT({ ...claims, iat: now - 7200, exp: now - 3600 })
      .setProtectedHeader({ alg: 'RS256', kid: 'CognitoLocal' })
      .sign(twinKey);
    const refused = await post(query, bearer(expired));
    expect(refused.status).toBe(401);
    expect(JSON.stringify(refused.json)).toMatch(/expired/i);
  });

  it('answers malformed bodies with AppSync’s 400s and invalid documents with 200 and data null', async () => {
    expect(await post('', apiKey())).toEqual({
      status: 400,
      json: { errors: [{ errorType: 'MalformedHttpRequestException', message: 'Request body is empty.' }] },
    });
    for (const body of ['meow', '{}', '{}}', '[]']) {
      expect(await post(body, apiKey()), body).toEqual({
        status: 400,
        json: {
          errors: [{ errorType: 'MalformedHttpRequestException', message: 'Unable to parse GraphQL query.' }],
        },
      });
    }
    const invalid = await post(JSON.stringify({ query: '{ badfield }' }), apiKey());
    expect(invalid.status).toBe(200);
    expect(invalid.json).toMatchObject({
      data: null,
      errors: [{ path: null, locations: [{ line: 1, column: 3, sourceName: null }] }],
    });
  });

  it('refuses a request body over the limit with 413', async () => {
    const huge = JSON.stringify({ query: '{ me { id } }', variables: { padding: 'x'.repeat(1024 * 1024) } });
    const { status, json } = await post(huge, apiKey());
    expect(status).toBe(413);
    expect(json).toMatchObject({ errors: [{ errorType: 'PayloadTooLargeException' }] });
  });

  it('answers the next requests on the same keep-alive connection after a 413', async () => {
    // One socket, reused: after the refused body, the next two requests must be answered on it (they
    // broke with ECONNRESET while the unread rest of the body sat in the connection).
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const sockets = new Set<unknown>();
    const send = (body: string) =>
      new Promise<{ status: number; json: Record<string, unknown> }>((resolve, reject) => {
        const request = httpRequest(
          graphqlUrl,
          { method: 'POST', agent, headers: { 'content-type': 'application/json', ...apiKey() } },
          (response) => {
            sockets.add(response.socket);
            const chunks: Buffer[] = [];
            response.on('data', (chunk: Buffer) => chunks.push(chunk));
            response.on('end', () =>
              resolve({
                status: response.statusCode ?? 0,
                json: JSON.parse(Buffer.concat(chunks).toString('utf8')) as Record<string, unknown>,
              }),
            );
            response.on('error', reject);
          },
        );
        request.on('error', reject);
        request.end(body);
      });
    try {
      const huge = JSON.stringify({ query: '{ __typename }', variables: { padding: 'x'.repeat(2 ** 21) } });
      expect((await send(huge)).status).toBe(413);
      const small = JSON.stringify({ query: '{ __typename }' });
      expect(await send(small)).toEqual({ status: 200, json: { data: { __typename: 'Query' } } });
      expect(await send(small)).toEqual({ status: 200, json: { data: { __typename: 'Query' } } });
    } finally {
      agent.destroy();
    }
  });

  it('answers a document of 22 fragment levels, each spreading the next twice, while /health answers', async () => {
    // The 939-byte shape: `query { ...F0 }`, `fragment Fi on Query { ...Fi+1 ...Fi+1 }`. Walking
    // every spread costs 2^22 visits; each check must read each fragment once. Here at the root, and
    // below a field with a resolver (its `ctx.info.selectionSetList`).
    const chain = (prefix: string, type: string, last: string): string =>
      [
        ...Array.from(
          { length: 22 },
          (_, i) => `fragment ${prefix}${i} on ${type} { ...${prefix}${i + 1} ...${prefix}${i + 1} }`,
        ),
        `fragment ${prefix}22 on ${type} { ${last} }`,
      ].join(' ');
    const documents = [
      `query { ...F0 } ${chain('F', 'Query', 'products(limit: 1) { items { id } }')}`,
      `query { products(limit: 1) { items { ...P0 } } } ${chain('P', 'Product', 'id name')}`,
    ];
    for (const query of documents) {
      const started = performance.now();
      const [graphql, health] = await Promise.all([
        post(JSON.stringify({ query }), apiKey()).then((answer) => ({
          ...answer,
          ms: Math.round(performance.now() - started),
        })),
        fetch(`${twin.url}/health`).then((response) => ({
          status: response.status,
          ms: Math.round(performance.now() - started),
        })),
      ]);
      console.log(`${query.length}-byte document: answered in ${graphql.ms} ms, /health in ${health.ms} ms`);
      expect(graphql.status).toBe(200);
      expect(graphql.json).toMatchObject({ data: { products: { items: expect.any(Array) as unknown } } });
      expect(health.status).toBe(200);
    }
  });

  it('refuses a document nested thousands of levels deep with a validation error, not a crash', async () => {
    const deepSelection = `{${'a{'.repeat(5000)}a${'}'.repeat(5000)}}`;
    const deepValue = `{ products(filter: ${'['.repeat(5000)}${']'.repeat(5000)}) { items { id } } }`;
    for (const query of [deepSelection, deepValue]) {
      const { status, json } = await post(JSON.stringify({ query }), apiKey());
      expect(status).toBe(200);
      expect(json).toMatchObject({
        data: null,
        errors: [{ path: null, message: expect.stringMatching(/^Validation error: .*nested/) as unknown }],
      });
      expect(JSON.stringify(json)).not.toMatch(/call stack/i);
    }
  });

  it('answers the GraphiQL introspection query under the query depth limit of 10', async () => {
    // The console loads its Docs explorer with this query; its `ofType` chain is 15 levels deep.
    const query = getIntrospectionQuery({ inputValueDeprecation: true, schemaDescription: true });
    const { status, json } = await post(JSON.stringify({ query }), apiKey());
    expect(status).toBe(200);
    expect(json.errors).toBeUndefined();
    expect(json).toMatchObject({ data: { __schema: { queryType: { name: 'Query' } } } });
  });

  it('serves GET as AppSync does: the request in the query string, queries and mutations alike', async () => {
    // "AppSync supports HTTP POST and GET for queries and mutations" (the AppSync team's account of its
    // HTTP behaviour, graphql/graphql-over-http#81): a mutation over GET runs, here to its field's auth.
    const get = async (query: string) => {
      const response = await fetch(`${graphqlUrl}?query=${encodeURIComponent(query)}`, {
        headers: apiKey(),
      });
      return { status: response.status, json: (await response.json()) as Record<string, unknown> };
    };
    expect(await get('{ products(limit: 1) { items { id } } }')).toMatchObject({
      status: 200,
      json: { data: { products: { items: expect.any(Array) as unknown } } },
    });
    expect(await get('mutation { updateProfile(input: { name: "x" }) { id } }')).toMatchObject({
      status: 200,
      json: { errors: [{ errorType: 'Unauthorized', path: ['updateProfile'] }] },
    });
  });

  it('keeps answering through a storm of malformed requests', async () => {
    // A deterministic fuzz: random bytes, broken JSON, wrong types, odd headers, huge variables.
    let seed = 42;
    const random = (n: number): number => {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      return seed % n;
    };
    const fragments = [
      '{',
      '}',
      '"query"',
      ':',
      '"{ me { id } }"',
      '[',
      ']',
      'null',
      '"variables"',
      '{"a":',
      '\\u0000',
      '%',
      ',',
    ];
    const statuses = new Set<number>();
    for (let round = 0; round < 300; round += 1) {
      const body = Array.from({ length: random(12) }, () => fragments[random(fragments.length)]).join('');
      const headers: Caller = random(2) ? apiKey() : { authorization: fragments[random(fragments.length)]! };
      const method = random(5) === 0 ? 'GET' : 'POST';
      const response = await fetch(
        method === 'GET' ? `${graphqlUrl}?query=${encodeURIComponent(body)}` : graphqlUrl,
        {
          method,
          headers,
          ...(method === 'POST' ? { body } : {}),
        },
      );
      statuses.add(response.status);
      expect(response.status, body).toBeLessThan(500);
      await response.arrayBuffer();
    }
    expect(statuses.size).toBeGreaterThan(1);
    const healthy = await gql('{ me { id } }', bearer(tokens.shopper));
    expect(healthy.data).toEqual({ me: { id: subs.shopper } });
  });
});
