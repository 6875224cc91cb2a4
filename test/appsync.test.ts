import { generateKeyPair, importJWK, SignJWT } from 'jose';
import type { JWK } from 'jose';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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
    description: shop,
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

  it('names a root field no resolver is wired to yet', async () => {
    const { errors } = await gql('{ myOrders { items { id } } }', bearer(tokens.shopper));
    expect(errors?.[0]).toMatchObject({
      errorType: 'MissingResolver',
      errorInfo: { field: 'Query.myOrders' },
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
