import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleResolvers } from '../../../infra/bundleResolvers.js';
import { runtimeScript } from '../runtime/runtimeScript.js';
import type { HandlerContext, InvocationInit } from './ResolverSandbox.js';
import { ResolverSandbox } from './ResolverSandbox.js';

const ctx = (args: Record<string, unknown>): HandlerContext => ({
  arguments: args,
  identity: null,
  source: null,
  stash: {},
  request: { headers: {}, domainName: null },
  info: {
    fieldName: 'addNote',
    parentTypeName: 'Mutation',
    variables: {},
    selectionSetList: [],
    selectionSetGraphQL: '',
  },
  env: {},
});
const invocation: InvocationInit = {
  authType: 'API Key Authorization',
  typeName: 'Mutation',
  fieldName: 'addNote',
};
const load = (code: string): ResolverSandbox =>
  new ResolverSandbox(code, 'Mutation.addNote', { runtimeScript: runtimeScript(), timeoutMs: 500 });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'shopsync-globals-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the globals APPSYNC_JS gives resolver code ("Supported runtime features", Globals)', () => {
  it('runs code written like aws-samples/aws-appsync-resolver-samples samples/dynamodb/general/putItem.js: util used without an import', () => {
    const resolver = load(`
      import * as ddb from '@aws-appsync/utils/dynamodb';
      export function request(ctx) {
        return ddb.put({ key: { noteId: util.autoId() }, item: ctx.args.note, condition: { noteId: { attributeExists: false } } });
      }
      export const response = (ctx) => ctx.result;`);
    const outcome = resolver.call('request', ctx({ note: { text: 'Buy milk' } }), invocation);
    expect(outcome).toMatchObject({
      kind: 'value',
      value: {
        operation: 'PutItem',
        key: { noteId: { S: expect.stringMatching(/^[0-9a-f-]{36}$/) as unknown } },
        attributeValues: { text: { S: 'Buy milk' } },
        condition: {
          expression: '(attribute_not_exists(#noteId))',
          expressionNames: { '#noteId': 'noteId' },
        },
      },
    });
  });

  it('runs a bundle whose shared module uses the global util, like the CDK sample of aws-appsync-resolver-samples (examples/cdk/dynamodb-todo-app, resolvers/utils.ts)', async () => {
    // The resolver imports util; the module it shares does not, so esbuild renames the import and the
    // module's `util` can only be the global.
    writeFileSync(
      path.join(dir, 'notes.ts'),
      `export function putNote(key: Record<string, unknown>, values: Record<string, unknown>) {
         const condition = JSON.parse(util.transform.toDynamoDBConditionExpression({ noteId: { attributeExists: false } }));
         return { operation: 'PutItem', key: util.dynamodb.toMapValues(key), attributeValues: util.dynamodb.toMapValues(values), condition };
       }
       export function respond(ctx: { error?: { message: string; type: string }; result: unknown }) {
         if (ctx.error) util.error(ctx.error.message, ctx.error.type);
         return ctx.result;
       }\n`,
    );
    writeFileSync(
      path.join(dir, 'Mutation.addNote.ts'),
      `import { util } from '@aws-appsync/utils';
       import { putNote } from './notes';
       export { respond as response } from './notes';
       export function request(ctx: { args: { note: Record<string, unknown> } }) {
         return putNote({ noteId: util.autoId() }, ctx.args.note);
       }\n`,
    );
    const [bundle] = await bundleResolvers(['Mutation.addNote.ts'], {
      rootDir: dir,
      outDir: path.join(dir, 'out'),
    });
    const code = readFileSync(bundle!.outFile, 'utf8');
    expect(code).toMatch(/import \{ util as util\d \} from "@aws-appsync\/utils"/);
    const resolver = load(code);
    expect(resolver.call('request', ctx({ note: { text: 'Call Bob' } }), invocation)).toMatchObject({
      kind: 'value',
      value: {
        operation: 'PutItem',
        attributeValues: { text: { S: 'Call Bob' } },
        condition: { expression: '(attribute_not_exists(#noteId))' },
      },
    });
    expect(
      resolver.call(
        'response',
        {
          ...ctx({}),
          error: {
            message: 'The conditional request failed',
            type: 'DynamoDB:ConditionalCheckFailedException',
          },
        },
        invocation,
      ),
    ).toMatchObject({
      kind: 'error',
      error: {
        message: 'The conditional request failed',
        errorType: 'DynamoDB:ConditionalCheckFailedException',
      },
    });
  });

  it('gives NaN, Infinity, undefined, util, extensions, runtime and console, and nothing of the host', () => {
    const resolver = load(`
      export function request(ctx) {
        extensions.setSubscriptionFilter(util.transform.toSubscriptionFilter({ status: { eq: 'SHIPPED' } }));
        if (ctx.args.early) runtime.earlyReturn({ early: true });
        return {
          numbers: [Number.isNaN(NaN), Infinity > 0, typeof undefined],
          appsync: [typeof util.autoId, typeof extensions.setSubscriptionFilter, typeof runtime.earlyReturn],
          console: [typeof console.log, typeof console.error],
          host: [typeof require, typeof process, typeof Buffer, typeof setTimeout, typeof fetch],
        };
      }`);
    expect(resolver.call('request', ctx({}), invocation)).toMatchObject({
      kind: 'value',
      value: {
        numbers: [true, true, 'undefined'],
        appsync: ['function', 'function', 'function'],
        console: ['function', 'function'],
        host: ['undefined', 'undefined', 'undefined', 'undefined', 'undefined'],
      },
      effects: {
        subscriptionFilter: {
          filterGroup: [{ filters: [{ fieldName: 'status', operator: 'eq', value: 'SHIPPED' }] }],
        },
      },
    });
    expect(resolver.call('request', ctx({ early: true }), invocation)).toMatchObject({
      kind: 'earlyReturn',
      value: { early: true },
    });
  });
});

describe('console in resolver code ("Supported runtime features", Console)', () => {
  it('records console.log and console.error as AppSync words them: level, code.js:LINE:COL, each argument as JSON (test-debug-resolvers-js: INFO - code.js:13:5: "This request is allowed")', () => {
    const resolver = load(
      [
        'export function request(ctx) {',
        '  console.log("This request is allowed");',
        "  console.error('refused', { id: ctx.args.id }, 3);",
        '  return {};',
        '}',
      ].join('\n'),
    );
    const outcome = resolver.call('request', ctx({ id: 'n-1' }), invocation);
    expect(outcome.effects.logs).toEqual([
      {
        level: 'INFO',
        location: expect.stringMatching(/^code\.js:2:\d+$/) as unknown,
        message: '"This request is allowed"',
      },
      {
        level: 'ERROR',
        location: expect.stringMatching(/^code\.js:3:\d+$/) as unknown,
        message: '"refused" {"id":"n-1"} 3',
      },
    ]);
  });

  it("places code errors in the bundle AppSync runs, not in the twin's compiled copy", () => {
    const resolver = load(
      ['export function request(ctx) {', '  return ctx.args.missing.deeper;', '}'].join('\n'),
    );
    const outcome = resolver.call('request', ctx({}), invocation);
    expect(outcome.kind === 'codeError' && outcome.message).toMatch(/^code\.js:2:\d+: TypeError: /);
  });
});
