import { buildSync } from 'esbuild';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

// The library must run where resolvers run: a vm context holding no host object, with eval and
// new Function disabled. Bundle it as the sandbox will and call it there.
const script = buildSync({
  stdin: {
    contents: `
      import { createUtil, createRuntime, createExtensions } from './index.ts';
      export function make() {
        const invocation = { authType: 'User Pool Authorization', typeName: 'Query', fieldName: 'me', errors: [], invalidations: [], cacheEvictions: [] };
        const current = () => invocation;
        return { invocation, util: createUtil(current), runtime: createRuntime(), extensions: createExtensions(current) };
      }`,
    resolveDir: import.meta.dirname,
    loader: 'ts',
  },
  bundle: true,
  platform: 'neutral',
  format: 'iife',
  globalName: 'appsyncRuntime',
  write: false,
}).outputFiles[0]!.text;

function run(code: string): unknown {
  const context = vm.createContext(Object.create(null) as object, {
    codeGeneration: { strings: false, wasm: false },
  });
  new vm.Script(script, { filename: 'appsync-runtime.js' }).runInContext(context);
  return JSON.parse(
    new vm.Script(
      `(() => { const { invocation, util, runtime, extensions } = appsyncRuntime.make(); return JSON.stringify(${code}); })()`,
    ).runInContext(context) as string,
  );
}

describe('the util library inside a bare vm context', () => {
  it('has no Node API to lean on there', () => {
    expect(
      run(
        `[typeof require, typeof Buffer, typeof process, typeof TextEncoder, typeof crypto, typeof setTimeout]`,
      ),
    ).toEqual(Array(6).fill('undefined'));
    expect(() => run(`new Function('return 1')()`)).toThrow(/Code generation from strings disallowed/);
  });

  it('base64, ids, regex and URL encoding', () => {
    expect(
      run(`[util.base64Encode('héllo €'), util.base64Decode('aMOpbGxvIOKCrA=='), util.urlEncode('a b'), util.matches('a*b', 'aaaaab'),
            /^[0-9a-f-]{36}$/.test(util.autoId()), util.autoUlid().length, util.autoKsuid().length]`),
    ).toEqual(['aMOpbGxvIOKCrA==', 'héllo €', 'a+b', true, true, 26, 27]);
  });

  it('time formatting and parsing in an IANA zone and an offset', () => {
    expect(
      run(`[util.time.epochMilliSecondsToFormatted(1517943695758, 'yyyy-MM-dd HH:mm:ssZ', 'Australia/Perth'),
            util.time.epochMilliSecondsToFormatted(Date.UTC(2018, 6, 15, 12), "EEE HH:mm XXX z", 'America/New_York'),
            util.time.parseFormattedToEpochMilliSeconds('2018-02-02 01:19:22', 'yyyy-MM-dd HH:mm:ss', '+08:00'),
            util.time.epochMilliSecondsToISO8601(1517943695758)]`),
    ).toEqual([
      '2018-02-07 03:01:35+0800',
      'Sun 08:00 -04:00 EDT',
      1517505562000,
      '2018-02-06T19:01:35.758Z',
    ]);
  });

  it('transforms, DynamoDB values and the extensions', () => {
    expect(
      run(`(() => {
        const filter = util.transform.toSubscriptionFilter({ userId: { eq: 'u-1' } });
        extensions.setSubscriptionFilter(filter);
        return [util.transform.toDynamoDBFilterExpression({ title: { contains: 'Hello World' } }),
                util.dynamodb.toDynamoDB({ n: 10 }), invocation.subscriptionFilter];
      })()`),
    ).toEqual([
      '{"expression":"(contains(#title,:title_contains))","expressionNames":{"#title":"title"},"expressionValues":{":title_contains":{"S":"Hello World"}}}',
      { M: { n: { N: 10 } } },
      { filterGroup: [{ filters: [{ fieldName: 'userId', operator: 'eq', value: 'u-1' }] }] },
    ]);
  });

  it('errors and early returns are plain objects of the context', () => {
    expect(
      run(`(() => {
        const caught = [];
        try { util.error('Out of stock', 'InsufficientStock', null, { sku: 'A1' }); } catch (e) { caught.push(e); }
        try { util.unauthorized(); } catch (e) { caught.push(e); }
        try { runtime.earlyReturn({ hit: true }, { skipTo: 'END' }); } catch (e) { caught.push(e); }
        util.appendError('partial', 'Partial');
        return [caught, invocation.errors];
      })()`),
    ).toEqual([
      [
        {
          __appsyncError: true,
          message: 'Out of stock',
          errorType: 'InsufficientStock',
          data: null,
          errorInfo: { sku: 'A1' },
        },
        {
          __appsyncError: true,
          message: 'Not Authorized to access me on type Query',
          errorType: 'Unauthorized',
          data: null,
          errorInfo: null,
        },
        { __earlyReturn: true, value: { hit: true }, skipTo: 'END' },
      ],
      [{ message: 'partial', errorType: 'Partial', data: null, errorInfo: null }],
    ]);
  });
});
