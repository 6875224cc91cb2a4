import { buildSchema, getIntrospectionQuery } from 'graphql';
import { describe, expect, it } from 'vitest';
import { AppSyncDataSourceError } from '../dataSources/dynamodb/AppSyncDataSourceError.js';
import { runtimeScript } from '../runtime/runtimeScript.js';
import { ResolverSandbox } from '../sandbox/ResolverSandbox.js';
import { createEngine } from './createEngine.js';
import type { EngineOptions, RequestAuth } from './createEngine.js';
import type { LoadedResolver } from './runResolver.js';

const schema = buildSchema(`
  type Query {
    unit(id: ID!): Item
    pipe(mode: String): Item
    failing(how: String!): Item
    partial: Item
    context: Item
    notWired: Item
    secret: Item
    slow: Item
    deep: Node
    withData(how: String!): Item
    logging(id: ID!): Item
  }
  type Item { id: ID!, trail: [String!], note: String, child: Item }
  type Node { next: Node, value: Int }
`);

const sandbox = (code: string): ResolverSandbox =>
  new ResolverSandbox(code, 'fixture', { runtimeScript: runtimeScript(), timeoutMs: 500 });

/** A NONE data source answers its payload; `fail` rejects as a data source does; `hang` never answers. */
const invokeDataSource: EngineOptions['invokeDataSource'] = (dataSource, request) => {
  if (dataSource === 'fail') {
    return Promise.reject(
      new AppSyncDataSourceError(
        'DynamoDB:ConditionalCheckFailedException',
        'The conditional request failed',
      ),
    );
  }
  if (dataSource === 'hang') return new Promise(() => undefined);
  return Promise.resolve((request as { payload?: unknown }).payload ?? null);
};

const echo = `
  export function request(ctx) { return { payload: ctx.prev ? ctx.prev.result : ctx.args }; }
  export function response(ctx) { return ctx.result; }`;

const step = (name: string) =>
  sandbox(`
  import { runtime } from '@aws-appsync/utils';
  export function request(ctx) {
    const trail = [...(ctx.prev.result.trail ?? []), '${name}.request'];
    if (ctx.stash.mode === 'next-at-${name}') runtime.earlyReturn({ ...ctx.prev.result, trail }, { skipTo: 'NEXT' });
    if (ctx.stash.mode === 'end-at-${name}') runtime.earlyReturn({ ...ctx.prev.result, trail }, { skipTo: 'END' });
    return { payload: { ...ctx.prev.result, trail } };
  }
  export function response(ctx) { return { ...ctx.result, trail: [...ctx.result.trail, '${name}.response'] }; }`);

const resolvers = new Map<string, LoadedResolver>([
  ['Query.unit', { kind: 'unit', code: sandbox(echo), dataSource: 'none' }],
  [
    'Query.pipe',
    {
      kind: 'pipeline',
      code: sandbox(`
        import { runtime } from '@aws-appsync/utils';
        export function request(ctx) {
          ctx.stash.mode = ctx.args.mode ?? '';
          if (ctx.args.mode === 'skip-pipeline') runtime.earlyReturn({ id: 'early', trail: ['before'] });
          return { id: 'p', trail: ['before'] };
        }
        export function response(ctx) { return { ...ctx.prev.result, trail: [...ctx.prev.result.trail, 'after'], note: ctx.stash.mode }; }`),
      functions: [
        { name: 'first', code: step('first'), dataSource: 'none' },
        { name: 'second', code: step('second'), dataSource: 'none' },
        { name: 'third', code: step('third'), dataSource: 'none' },
      ],
    },
  ],
  [
    'Query.failing',
    {
      kind: 'unit',
      code: sandbox(`
        import { util } from '@aws-appsync/utils';
        export function request(ctx) {
          if (ctx.args.how === 'request') util.error('Bad input', 'ValidationError', null, { field: 'how' });
          if (ctx.args.how === 'bug') return ctx.args.nothing.here;
          return { payload: {} };
        }
        export function response(ctx) {
          if (ctx.error) util.error(ctx.error.message, ctx.error.type);
          return ctx.result;
        }`),
      dataSource: 'fail',
    },
  ],
  [
    'Query.partial',
    {
      kind: 'unit',
      code: sandbox(`
        import { util } from '@aws-appsync/utils';
        export function request() { return { payload: { id: 'x' } }; }
        export function response(ctx) { util.appendError('Some lines were dropped', 'Warning', null, { dropped: 2 }); return ctx.result; }`),
      dataSource: 'none',
    },
  ],
  [
    'Query.context',
    {
      kind: 'unit',
      code: sandbox(`
        export function request(ctx) {
          return { payload: { id: ctx.identity.sub, trail: [ctx.info.parentTypeName, ctx.info.fieldName, ...ctx.info.selectionSetList, ctx.request.headers['x-trace']], note: ctx.info.selectionSetGraphQL } };
        }
        export function response(ctx) { return ctx.result; }`),
      dataSource: 'none',
    },
  ],
  ['Query.secret', { kind: 'unit', code: sandbox(echo), dataSource: 'none' }],
  ['Query.slow', { kind: 'unit', code: sandbox(echo), dataSource: 'hang' }],
  [
    'Query.withData',
    {
      kind: 'unit',
      code: sandbox(`
        import { util } from '@aws-appsync/utils';
        export function request() { return { payload: { id: 'x', note: 'secret', child: { id: 'c', note: 'hidden', trail: ['t'] } } }; }
        export function response(ctx) {
          if (ctx.args.how === 'append') {
            util.appendError('Partly done', 'Warning', ctx.result, { note: ctx.result.note });
            return { id: ctx.result.id };
          }
          util.error('Refused', 'Refused', ctx.result, { note: ctx.result.note });
        }`),
      dataSource: 'none',
    },
  ],
  [
    'Query.logging',
    {
      kind: 'unit',
      code: sandbox(`
        export function request(ctx) {
          console.log('looking up', ctx.args.id);
          return { payload: { id: ctx.args.id } };
        }
        export function response(ctx) {
          console.error({ missing: ctx.result.note ?? null });
          return ctx.result;
        }`),
      dataSource: 'none',
    },
  ],
]);

const shopper: RequestAuth = { mode: 'AMAZON_COGNITO_USER_POOLS', identity: { sub: 'u-1', groups: null } };

function engine(overrides: Partial<EngineOptions> = {}) {
  return createEngine({
    schema,
    resolvers,
    invokeDataSource,
    authorizeField: (_type, field, auth) => field !== 'secret' || auth.mode === 'AWS_IAM',
    queryDepthLimit: 5,
    resolverCountLimit: 100,
    timeoutMs: 30_000,
    ...overrides,
  });
}

const run = (query: string, auth: RequestAuth = shopper, options?: Partial<EngineOptions>, headers = {}) =>
  engine(options).execute({ query }, auth, headers);

describe('the AppSync engine', () => {
  it('runs a unit resolver: request, data source, response', async () => {
    expect(await run('{ unit(id: "7") { id } }')).toEqual({ data: { unit: { id: '7' } } });
  });

  it('runs a pipeline: before, each function with ctx.prev.result, after; the stash is shared', async () => {
    const { data } = await run('{ pipe { id trail note } }');
    expect(data).toEqual({
      pipe: {
        id: 'p',
        trail: [
          'before',
          'first.request',
          'first.response',
          'second.request',
          'second.response',
          'third.request',
          'third.response',
          'after',
        ],
        note: '',
      },
    });
  });

  it("skips a function's data source and response on earlyReturn with skipTo NEXT", async () => {
    const { data } = await run('{ pipe(mode: "next-at-second") { trail } }');
    expect(data).toEqual({
      pipe: {
        trail: [
          'before',
          'first.request',
          'first.response',
          'second.request',
          'third.request',
          'third.response',
          'after',
        ],
      },
    });
  });

  it('skips the rest of the pipeline to the after handler on earlyReturn with skipTo END', async () => {
    const { data } = await run('{ pipe(mode: "end-at-first") { trail } }');
    expect(data).toEqual({ pipe: { trail: ['before', 'first.request', 'after'] } });
  });

  it('skips every function when the before handler returns early', async () => {
    const { data } = await run('{ pipe(mode: "skip-pipeline") { id trail } }');
    expect(data).toEqual({ pipe: { id: 'early', trail: ['before', 'after'] } });
  });

  it("fails a field with util.error's message, type and info, in AppSync's error shape", async () => {
    const response = await run('{ failing(how: "request") { id } unit(id: "1") { id } }');
    expect(response).toEqual({
      data: { failing: null, unit: { id: '1' } },
      errors: [
        {
          path: ['failing'],
          data: null,
          errorType: 'ValidationError',
          errorInfo: { field: 'how' },
          locations: [{ line: 1, column: 3, sourceName: null }],
          message: 'Bad input',
        },
      ],
    });
  });

  it('gives the response handler the data source error as ctx.error', async () => {
    const { errors } = await run('{ failing(how: "datasource") { id } }');
    expect(errors?.[0]).toMatchObject({
      errorType: 'DynamoDB:ConditionalCheckFailedException',
      message: 'The conditional request failed',
      path: ['failing'],
    });
  });

  it('reports a bug in resolver code with errorType Code', async () => {
    const { errors } = await run('{ failing(how: "bug") { id } }');
    expect(errors?.[0]).toMatchObject({ errorType: 'Code', path: ['failing'] });
    expect(errors?.[0]?.message).toMatch(/^code\.js:\d+:\d+: TypeError/);
  });

  it('keeps the value and adds the error for util.appendError', async () => {
    expect(await run('{ partial { id } }')).toEqual({
      data: { partial: { id: 'x' } },
      errors: [
        {
          path: ['partial'],
          data: null,
          errorType: 'Warning',
          errorInfo: { dropped: 2 },
          locations: [{ line: 1, column: 3, sourceName: null }],
          message: 'Some lines were dropped',
        },
      ],
    });
  });

  it('gives handlers identity, info (selection set list and GraphQL) and request headers', async () => {
    const { data } = await run(
      'query Q { context { id trail note child { id } ...F } } fragment F on Item { note }',
      shopper,
      {},
      { 'x-trace': 't-1' },
    );
    expect(data).toEqual({
      context: {
        id: 'u-1',
        trail: ['Query', 'context', 'id', 'trail', 'note', 'child', 'child/id', 't-1'],
        note: expect.stringContaining('child {') as unknown,
        child: null,
      },
    });
  });

  it('answers an error naming a root field that no resolver is wired to, never a silent null', async () => {
    expect((await run('{ notWired { id } }')).errors?.[0]).toMatchObject({
      errorType: 'MissingResolver',
      message: expect.stringContaining('Query.notWired') as unknown,
      path: ['notWired'],
    });
  });

  it('refuses a field the caller may not read with Unauthorized on that field', async () => {
    const response = await run('{ secret { id } unit(id: "2") { id } }');
    expect(response.data).toEqual({ secret: null, unit: { id: '2' } });
    expect(response.errors?.[0]).toMatchObject({
      errorType: 'Unauthorized',
      message: 'Not Authorized to access secret on type Query',
      path: ['secret'],
    });
  });

  it('enforces the query depth limit, the resolver count limit and the request time limit', async () => {
    const deep = await run('{ deep { next { next { next { next { next { value } } } } } } }');
    expect(deep.data).toBeNull();
    expect(deep.errors?.[0]?.message).toMatch(/depth 7 exceeds the API's query depth limit of 5/);

    const counted = await run(
      '{ a: unit(id: "1") { id } b: unit(id: "2") { id } c: unit(id: "3") { id } }',
      shopper,
      {
        resolverCountLimit: 2,
      },
    );
    expect(counted.data).toEqual({ a: { id: '1' }, b: { id: '2' }, c: null });
    expect(counted.errors?.[0]).toMatchObject({ errorType: 'ResolverCountLimitExceeded', path: ['c'] });

    const slow = await run('{ slow { id } }', shopper, { timeoutMs: 100 });
    expect(slow).toEqual({
      data: null,
      errors: [expect.objectContaining({ errorType: 'ExecutionTimeout' })],
    });
  });

  it('runs introspection under the query depth limit, and still counts the rest of the document', async () => {
    const introspection = await run(getIntrospectionQuery(), shopper, { queryDepthLimit: 3 });
    expect(introspection.errors).toBeUndefined();
    expect(introspection.data).toMatchObject({ __schema: { queryType: { name: 'Query' } } });
    const mixed = await run('{ __schema { queryType { name } } deep { next { next { value } } } }', shopper, {
      queryDepthLimit: 3,
    });
    expect(mixed.errors?.[0]?.message).toMatch(/depth 4 exceeds the API's query depth limit of 3/);
  });

  it('refuses documents nested too deep to parse with a validation error, never a stack overflow', async () => {
    for (const query of [
      `{${'deep{'.repeat(5000)}value${'}'.repeat(5000)}}`,
      `{ unit(id: ${'['.repeat(5000)}${']'.repeat(5000)}) { id } }`,
      `{ unit(id: "1") { id } } fragment F on Item { ${'child { '.repeat(3000)}id${' }'.repeat(3000)} }`,
    ]) {
      const response = await run(query);
      expect(response.data).toBeNull();
      expect(response.errors).toEqual([
        {
          path: null,
          locations: [expect.objectContaining({ line: 1 })],
          message: expect.stringMatching(
            /^Validation error: The document is nested more than 200 levels deep/,
          ) as unknown,
        },
      ]);
    }
    // As deep as the bound allows still parses, and meets the query depth limit as before.
    const atBound = await run(`{deep{${'next{'.repeat(198)}value${'}'.repeat(199)}}`);
    expect(atBound.errors?.[0]?.message).toMatch(/exceeds the API's query depth limit of 5/);
  });

  it('refuses subscriptions over HTTP, and hands a prepared subscription to the real-time endpoint', async () => {
    const subscriptionSchema = buildSchema(`
      type Query { unit(id: ID!): Item }
      type Mutation { touch(id: ID!): Item }
      type Subscription { onTouch(id: ID): Item }
      type Item { id: ID! }
    `);
    const published: unknown[] = [];
    const withSubscriptions = createEngine({
      schema: subscriptionSchema,
      resolvers: new Map<string, LoadedResolver>([
        ['Mutation.touch', { kind: 'unit', code: sandbox(echo), dataSource: 'none' }],
        [
          'Subscription.onTouch',
          {
            kind: 'unit',
            code: sandbox(`
              import { extensions } from '@aws-appsync/utils';
              export function request() { return { payload: null }; }
              export function response(ctx) { extensions.setSubscriptionFilter({ filterGroup: [{ filters: [{ fieldName: 'id', operator: 'eq', value: ctx.args.id }] }] }); return null; }`),
            dataSource: 'none',
          },
        ],
      ]),
      invokeDataSource,
      authorizeField: () => true,
      queryDepthLimit: 5,
      resolverCountLimit: 100,
      timeoutMs: 30_000,
      onMutation: (event) => published.push({ fieldName: event.fieldName, value: event.value }),
    });
    const overHttp = await withSubscriptions.execute(
      { query: 'subscription { onTouch { id } }' },
      shopper,
      {},
    );
    expect(overHttp.errors?.[0]?.message).toMatch(/real-time endpoint/);

    const prepared = await withSubscriptions.prepareSubscription(
      { query: 'subscription ($id: ID) { onTouch(id: $id) { id } }', variables: { id: 'i-1' } },
      shopper,
      {},
    );
    expect(prepared).toMatchObject({
      subscription: {
        fieldName: 'onTouch',
        args: { id: 'i-1' },
        filter: { filterGroup: [{ filters: [{ fieldName: 'id', operator: 'eq', value: 'i-1' }] }] },
      },
    });
    const notSubscription = await withSubscriptions.prepareSubscription(
      { query: '{ unit(id: "1") { id } }' },
      shopper,
      {},
    );
    expect(notSubscription).toHaveProperty('errors');

    await withSubscriptions.execute({ query: 'mutation { touch(id: "i-1") { id } }' }, shopper, {});
    expect(published).toEqual([]); // published after the response, not before
    await new Promise((resolve) => setImmediate(resolve));
    expect(published).toEqual([{ fieldName: 'touch', value: { id: 'i-1' } }]);
  });

  it('answers invalid documents like AppSync: data null, path null, locations', async () => {
    const response = await run('{ nope }');
    expect(response.data).toBeNull();
    expect(response.errors?.[0]).toMatchObject({
      path: null,
      locations: [{ line: 1, column: 3, sourceName: null }],
    });
    expect((await run('{ unit(id: ')).errors?.[0]?.message).toMatch(/^Validation error: Syntax Error/);
  });

  it('filters util.error and util.appendError data by the selection set, not errorInfo (@aws-appsync/utils Util.error: "data will be filtered based on the query selection set")', async () => {
    const refused = await run('{ withData(how: "error") { id child { renamed: note } } }');
    expect(refused.data).toEqual({ withData: null });
    expect(refused.errors).toEqual([
      expect.objectContaining({
        errorType: 'Refused',
        data: { id: 'x', child: { renamed: 'hidden' } },
        errorInfo: { note: 'secret' },
      }),
    ]);
    const appended = await run('{ withData(how: "append") { id } }');
    expect(appended.data).toEqual({ withData: { id: 'x' } });
    expect(appended.errors).toEqual([
      expect.objectContaining({ errorType: 'Warning', data: { id: 'x' }, errorInfo: { note: 'secret' } }),
    ]);
  });

  it('names aliased fields by their alias in ctx.info.selectionSetList (resolver context reference, info)', async () => {
    const { data } = await run(
      '{ context { id first: trail second: trail other: child { id } } }',
      shopper,
      {},
      {
        'x-trace': 't-2',
      },
    );
    expect(data).toMatchObject({
      context: {
        first: ['Query', 'context', 'id', 'first', 'second', 'other', 'other/id', 't-2'],
        other: null,
      },
    });
  });

  it('writes console.log and console.error of a resolver to the log with the request id, type and field (supported-features: Console; test-debug-resolvers-js)', async () => {
    const lines: string[] = [];
    const logging = engine({ log: (line) => lines.push(line) });
    await logging.execute({ query: '{ logging(id: "n-1") { id } }' }, shopper, {});
    await logging.execute({ query: '{ logging(id: "n-2") { id } }' }, shopper, {});
    const uuid = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
    expect(lines).toEqual([
      expect.stringMatching(
        new RegExp(`^appsync +(${uuid}) Query\\.logging INFO - code\\.js:3:\\d+: "looking up" "n-1"$`),
      ),
      expect.stringMatching(
        new RegExp(`^appsync +(${uuid}) Query\\.logging ERROR - code\\.js:7:\\d+: \\{"missing":null\\}$`),
      ),
      expect.stringMatching(
        new RegExp(`^appsync +(${uuid}) Query\\.logging INFO - code\\.js:3:\\d+: "looking up" "n-2"$`),
      ),
      expect.stringMatching(/ERROR/),
    ]);
    const requestIds = lines.map((line) => line.split(/ +/)[1]);
    expect(requestIds[0]).toBe(requestIds[1]);
    expect(requestIds[2]).not.toBe(requestIds[0]);
  });
});
