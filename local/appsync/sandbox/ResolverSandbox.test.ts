import { buildSync } from 'esbuild';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ResolverSandbox } from './ResolverSandbox.js';
import type { HandlerContext } from './ResolverSandbox.js';

// A minimal runtime library for these tests: the real one is tested with the real resolvers.
const runtimeScript = buildSync({
  stdin: {
    contents: `
      import { installBootstrap } from './bootstrap.ts';
      let current;
      installBootstrap(
        {
          '@aws-appsync/utils': {
            util: {
              error: (message, errorType = null, data = null, errorInfo = null) => {
                throw { __appsyncError: true, message, errorType, data, errorInfo };
              },
              appendError: (message, errorType = null, data = null, errorInfo = null) =>
                current.errors.push({ message, errorType, data, errorInfo }),
            },
            runtime: { earlyReturn: (value, options) => { throw { __earlyReturn: true, value, skipTo: options?.skipTo ?? 'END' }; } },
            extensions: { setSubscriptionFilter: (filter) => { current.subscriptionFilter = filter; } },
          },
          '@aws-appsync/utils/dynamodb': {},
        },
        (invocation) => { current = invocation; },
      );`,
    resolveDir: path.join(import.meta.dirname, '../runtime'),
    loader: 'ts',
  },
  bundle: true,
  format: 'iife',
  platform: 'neutral',
  write: false,
}).outputFiles[0]!.text;

const ctx: HandlerContext = {
  arguments: { id: 'p-1' },
  identity: null,
  source: null,
  stash: {},
  request: { headers: {}, domainName: null },
  info: {
    fieldName: 'product',
    parentTypeName: 'Query',
    variables: {},
    selectionSetList: [],
    selectionSetGraphQL: '',
  },
  env: {},
};
const invocation = { authType: 'API Key Authorization', typeName: 'Query', fieldName: 'product' } as const;

function sandbox(code: string, timeoutMs = 200): ResolverSandbox {
  return new ResolverSandbox(code, 'test', { runtimeScript, timeoutMs });
}

describe('ResolverSandbox', () => {
  it('runs request and response with ctx, args as an alias of arguments, and the stash carried by the host', () => {
    const resolver = sandbox(`
      export function request(ctx) { ctx.stash.seen = ctx.args.id; return { payload: ctx.arguments }; }
      export function response(ctx) { return { id: ctx.result.id, seen: ctx.stash.seen }; }`);
    expect([...resolver.handlers].sort()).toEqual(['request', 'response']);
    const first = resolver.call('request', ctx, invocation);
    expect(first).toMatchObject({
      kind: 'value',
      value: { payload: { id: 'p-1' } },
      effects: { stash: { seen: 'p-1' } },
    });
    const second = resolver.call(
      'response',
      { ...ctx, stash: first.effects.stash, result: { id: 'p-1' } },
      invocation,
    );
    expect(second).toMatchObject({ kind: 'value', value: { id: 'p-1', seen: 'p-1' } });
  });

  it('reports util.error, util.appendError, runtime.earlyReturn and extensions calls', () => {
    const resolver = sandbox(`
      import { util, runtime, extensions } from '@aws-appsync/utils';
      export function request(ctx) {
        if (ctx.args.id === 'bad') util.error('No such product', 'NotFound', null, { id: ctx.args.id });
        if (ctx.args.id === 'early') runtime.earlyReturn({ cached: true });
        util.appendError('partial', 'Warning');
        extensions.setSubscriptionFilter({ filterGroup: [] });
        return {};
      }
      export function response(ctx) { return ctx.result; }`);
    expect(resolver.call('request', { ...ctx, arguments: { id: 'bad' } }, invocation)).toMatchObject({
      kind: 'error',
      error: { message: 'No such product', errorType: 'NotFound', data: null, errorInfo: { id: 'bad' } },
    });
    expect(resolver.call('request', { ...ctx, arguments: { id: 'early' } }, invocation)).toMatchObject({
      kind: 'earlyReturn',
      value: { cached: true },
      skipTo: 'END',
    });
    expect(resolver.call('request', ctx, invocation)).toMatchObject({
      kind: 'value',
      effects: {
        errors: [{ message: 'partial', errorType: 'Warning' }],
        subscriptionFilter: { filterGroup: [] },
      },
    });
  });

  it('reports a bug in the code as AppSync does, with the place in code.js', () => {
    const resolver = sandbox(`export function request(ctx) { return ctx.result.missing.field; }`);
    const outcome = resolver.call('request', ctx, invocation);
    expect(outcome.kind).toBe('codeError');
    expect(outcome.kind === 'codeError' && outcome.message).toMatch(
      /^code\.js:\d+:\d+: TypeError: Cannot read properties of undefined/,
    );
  });

  it('gives the code no host objects: no require, process, Buffer, timers, eval or Function', () => {
    // `new Function(...)` is refused at load (findCodeErrors.test.ts); these reach a constructor at run time.
    const resolver = sandbox(`
      export function request(ctx) {
        return {
          types: [typeof process, typeof Buffer, typeof setTimeout, typeof fetch, typeof globalThis.__wrapper],
        };
      }
      export function response(ctx) {
        if (ctx.args.how === 'eval') return eval('1 + 1');
        return ctx.constructor.constructor('return process')();
      }`);
    expect(resolver.call('request', ctx, invocation)).toMatchObject({
      kind: 'value',
      value: { types: ['undefined', 'undefined', 'undefined', 'undefined', 'undefined'] },
    });
    // The bundle's own import calls go through a require that knows the two APPSYNC_JS modules only.
    const requiring = sandbox(`export function request() { return require('node:fs'); }`);
    expect(requiring.call('request', ctx, invocation)).toMatchObject({ kind: 'codeError' });
    for (const how of ['eval', 'constructor']) {
      const outcome = resolver.call('response', { ...ctx, arguments: { how } }, invocation);
      expect(outcome, how).toMatchObject({ kind: 'codeError' });
      expect(outcome.kind === 'codeError' && outcome.message, how).toMatch(
        /EvalError: Code generation from strings disallowed/,
      );
    }
  });

  it('refuses to load code that imports anything but @aws-appsync/utils', () => {
    expect(() => sandbox(`import fs from 'fs'; export function request() { return fs; }`)).toThrow(
      "Cannot find module 'fs'",
    );
  });

  it('stops a runaway handler at the time limit and reports it', () => {
    // APPSYNC_JS has no while and no C-style for; a for-of over an array that grows runs forever all the same.
    const resolver = sandbox(
      `export function request() { const seen = [0]; for (const n of seen) seen.push(n); }`,
      50,
    );
    const started = Date.now();
    const outcome = resolver.call('request', ctx, invocation);
    expect(outcome).toMatchObject({ kind: 'codeError' });
    expect(outcome.kind === 'codeError' && outcome.message).toMatch(/exceeded 50 ms/);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it.each([
    [
      'recursion',
      `function fib(n) { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
      export function request() { return fib(60); }`,
    ],
    [
      'callbacks of a built-in',
      `export function request() { return Array.from({ length: 1e9 }, (_, i) => i).length; }`,
    ],
    [
      'a callback whose throw a library call catches',
      `export function request() {
      const seen = [0];
      for (const n of seen) { console.log({ toJSON: () => seen.push(n) }); }
    }`,
    ],
  ])('stops a runaway handler through %s at the time limit', (_, code) => {
    const resolver = sandbox(code, 50);
    const outcome = resolver.call('request', ctx, invocation);
    expect(outcome).toMatchObject({ kind: 'codeError', effects: { stash: ctx.stash, logs: [] } });
    expect(outcome.kind === 'codeError' && outcome.message).toBe(
      'code.js: Execution of the request handler exceeded 50 ms and was stopped',
    );
  });

  it('gives each call its own time limit', () => {
    const resolver = sandbox(
      `export function request(ctx) { const seen = [0]; for (const n of seen) { if (ctx.args.id === 'run') seen.push(n); } return seen.length; }`,
      200,
    );
    expect(resolver.call('request', { ...ctx, arguments: { id: 'run' } }, invocation)).toMatchObject({
      kind: 'codeError',
    });
    expect(resolver.call('request', ctx, invocation)).toMatchObject({ kind: 'value', value: 1 });
  });

  it("refuses code over AppSync's 32,768-character limit", () => {
    const big = `export function request() { return '${'x'.repeat(32_800)}'; }`;
    expect(() => sandbox(big)).toThrow(/AppSync accepts at most 32768/);
  });

  it('turns undefined results into null and keeps values JSON-only', () => {
    const resolver = sandbox(`export function request() { return undefined; }
      export function response() { return { when: new Date(0), skip: undefined, n: 1 }; }`);
    expect(resolver.call('request', ctx, invocation)).toMatchObject({ kind: 'value', value: null });
    expect(resolver.call('response', ctx, invocation)).toMatchObject({
      kind: 'value',
      value: { when: '1970-01-01T00:00:00.000Z', n: 1 },
    });
  });

  it('leaves selectionSetList and selectionSetGraphQL out of JSON.stringify(ctx.info), readable directly (resolver context reference, info: "JSON.stringify will not include" them)', () => {
    const resolver = sandbox(`export function request(ctx) {
      return { json: JSON.parse(JSON.stringify(ctx.info)), list: ctx.info.selectionSetList, graphql: ctx.info.selectionSetGraphQL };
    }`);
    const info = { ...ctx.info, selectionSetList: ['id'], selectionSetGraphQL: '{\n  id\n}' };
    const outcome = resolver.call('request', { ...ctx, info }, invocation);
    expect(outcome).toEqual({
      kind: 'value',
      value: {
        json: { fieldName: 'product', parentTypeName: 'Query', variables: {} },
        list: ['id'],
        graphql: '{\n  id\n}',
      },
      effects: expect.anything() as unknown,
    });
  });
});
