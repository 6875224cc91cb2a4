import { authenticateRequest } from '../auth/index.js';
import type { AuthConfig } from '../auth/index.js';
import { createEngine } from '../execution/createEngine.js';
import type { PublishedMutation, RequestAuth } from '../execution/createEngine.js';
import type { LoadedResolver } from '../execution/runResolver.js';
import { runtimeScript } from '../runtime/runtimeScript.js';
import { ResolverSandbox } from '../sandbox/ResolverSandbox.js';
import { buildTwinSchema } from '../schema/index.js';
import type { RealtimeBackend } from './RealtimeBackend.js';

/** The API key the fixture accepts. */
export const FIXTURE_API_KEY = 'da2-fixturefixturefixturefixture';

/**
 * A small API for the real-time endpoint's tests, run by the real engine and sandbox:
 * - `publish` (in `@aws_subscribe` of `onEvent`, `onFiltered`, `onGuarded`, `onRevocable`) echoes its input;
 *   `publishBare` echoes it without being listed anywhere;
 * - `onFiltered` sets the JSON of the `start` authorization's `x-filter` as its enhanced filter (not an
 *   argument: arguments filter too, and the event has no such field);
 * - `onGuarded` refuses unless the `start` authorization carries `x-allow: yes` (a resolver deciding);
 * - `onRevocable(group)` sets an invalidation filter on `group`, and `revoke(group)` invalidates it;
 * - `Event.secret` is refused to every caller (field auth at delivery).
 * API key and IAM (the twin's local credentials) authenticate.
 */
export const FIXTURE_SCHEMA = `
  type Query { ping: String }
  type Mutation {
    publish(input: EventInput!): Event
    publishBare(input: EventInput!): Event
    revoke(group: String!): Revocation
  }
  type Subscription {
    onEvent(group: String, id: ID): Event @aws_subscribe(mutations: ["publish"])
    onFiltered: Event @aws_subscribe(mutations: ["publish"])
    onGuarded: Event @aws_subscribe(mutations: ["publish"])
    onRevocable(group: String!): Event @aws_subscribe(mutations: ["publish"])
  }
  interface Node { id: ID! }
  type Event implements Node {
    id: ID!
    group: String!
    title: String
    score: Int
    tags: [String!]
    nested: Nested
    secret: String
  }
  type Nested { level: Int, label: String! }
  type Revocation { group: String! }
  input NestedInput { level: Int, label: String }
  input EventInput {
    id: ID!
    group: String!
    title: String
    score: Int
    tags: [String!]
    nested: NestedInput
    secret: String
  }
`;

const RESOLVERS: Record<string, string> = {
  'Mutation.publish': `
    export function request(ctx) { return { payload: ctx.args.input }; }
    export function response(ctx) { return ctx.result; }`,
  'Mutation.publishBare': `
    export function request(ctx) { return { payload: ctx.args.input }; }
    export function response(ctx) { return ctx.result; }`,
  'Mutation.revoke': `
    import { extensions } from '@aws-appsync/utils';
    export function request(ctx) { return { payload: { group: ctx.args.group } }; }
    export function response(ctx) {
      extensions.invalidateSubscriptions({ subscriptionField: 'onRevocable', payload: { group: ctx.args.group } });
      return ctx.result;
    }`,
  'Subscription.onEvent': `
    export function request(ctx) { return { payload: null }; }
    export function response(ctx) { return null; }`,
  'Subscription.onFiltered': `
    import { extensions } from '@aws-appsync/utils';
    export function request(ctx) { return { payload: null }; }
    export function response(ctx) {
      extensions.setSubscriptionFilter(JSON.parse(ctx.request.headers['x-filter']));
      return null;
    }`,
  'Subscription.onGuarded': `
    import { util } from '@aws-appsync/utils';
    export function request(ctx) {
      if (ctx.request.headers['x-allow'] !== 'yes') util.unauthorized();
      return { payload: null };
    }
    export function response(ctx) { return null; }`,
  'Subscription.onRevocable': `
    import { extensions, util } from '@aws-appsync/utils';
    export function request(ctx) { return { payload: null }; }
    export function response(ctx) {
      extensions.setSubscriptionInvalidationFilter(
        util.transform.toSubscriptionFilter({ group: { eq: ctx.args.group } }),
      );
      return null;
    }`,
};

/** A `RealtimeBackend` over `FIXTURE_SCHEMA`, plus `execute` to run mutations in-process. */
export function fixtureBackend(): RealtimeBackend & {
  execute: ReturnType<typeof createEngine>['execute'];
} {
  const schema = buildTwinSchema(FIXTURE_SCHEMA);
  const resolvers = new Map<string, LoadedResolver>(
    Object.entries(RESOLVERS).map(([field, code]) => [
      field,
      {
        kind: 'unit',
        code: new ResolverSandbox(code, field, { runtimeScript: runtimeScript(), timeoutMs: 1000 }),
        dataSource: 'none',
      },
    ]),
  );
  const config: AuthConfig = {
    defaultMode: 'API_KEY',
    additionalModes: ['AWS_IAM'],
    apiKeys: [{ key: FIXTURE_API_KEY, expiresAt: Date.now() + 86_400_000 }],
    region: 'us-east-1',
    accountId: '000000000000',
  };
  const authorizeField = (typeName: string, fieldName: string): boolean =>
    !(typeName === 'Event' && fieldName === 'secret');
  const listeners = new Set<(published: PublishedMutation) => void>();
  const engine = createEngine({
    schema,
    resolvers,
    invokeDataSource: (_dataSource, request) =>
      Promise.resolve((request as { payload?: unknown } | null)?.payload ?? null),
    authorizeField,
    queryDepthLimit: 10,
    resolverCountLimit: 1000,
    timeoutMs: 5000,
    onMutation: (published) => {
      for (const listener of listeners) listener(published);
    },
  });
  return {
    schema,
    authenticate: (request) => authenticateRequest(request, config),
    prepareSubscription: engine.prepareSubscription,
    authorizeField,
    onMutation: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    execute: engine.execute,
  };
}

/** The auth of an API key caller, for `execute`. */
export const API_KEY_AUTH: RequestAuth = { mode: 'API_KEY', identity: null };
