import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { bundleResolvers } from '../../../infra/bundleResolvers.js';
import { ROOT_DIR } from '../../../infra/paths.js';
import { resolverFiles } from '../../../infra/resolverFiles.js';
import { shop } from '../../../infra/shop.js';
import { AwsError } from '../../AwsError.js';
import { runtimeScript } from '../runtime/runtimeScript.js';
import { CODE_ERRORS_MESSAGE } from './codeErrorsException.js';
import { findCodeErrors } from './findCodeErrors.js';
import { ResolverSandbox } from './ResolverSandbox.js';

const load = (code: string): ResolverSandbox =>
  new ResolverSandbox(code, 'Query.probe', { runtimeScript: runtimeScript(), timeoutMs: 500 });

/** A resolver whose request handler holds `body`. */
const resolverWith = (body: string): string =>
  `import { util } from '@aws-appsync/utils';\nexport function request(ctx) {\n  ${body}\n  return {};\n}\nexport const response = (ctx) => ctx.result;\n`;

// Each line of the "Supported runtime features" page of APPSYNC_JS
// (docs.aws.amazon.com/appsync/latest/devguide/supported-features.html) that says what does not run, with
// code using it and the problem the twin reports.
const UNSUPPORTED: readonly (readonly [page: string, body: string, value: string])[] = [
  ['Operators: unary ++', 'let n = 0; n++;', 'The operator ++ is not supported'],
  ['Operators: unary --', 'let n = 1; --n;', 'The operator -- is not supported'],
  ['Operators: unary ~', 'const n = ~ctx.args.n;', 'The operator ~ is not supported'],
  ['Operators: in', "if ('id' in ctx.args) return {};", 'in operator is not supported. Use Object.hasOwn().'],
  [
    'Statements: catch, try, finally',
    'try { util.autoId(); } catch (e) { util.error("x"); } finally { }',
    'Try statements are not supported.',
  ],
  [
    'Statements: continue',
    'for (const n of [1, 2]) { if (n) continue; }',
    'Continue statements are not supported',
  ],
  [
    'Statements: do-while',
    'let n = 0; do { n += 1; } while (n < 3);',
    'do...while statements are not supported.',
  ],
  [
    'Statements: for(initialization; condition; afterthought)',
    'for (let n = 0; n < 3; n += 1) { util.autoId(); }',
    'For statements are not supported.',
  ],
  [
    'Statements: throw',
    "throw new Error('no');",
    'Throwing errors with throw is not supported. Use util.error().',
  ],
  ['Statements: while', 'let n = 0; while (n < 3) { n += 1; }', 'While statements are not supported.'],
  [
    'Statements: labeled statements',
    'outer: for (const n of [1]) { break outer; }',
    'Labeled statements are not supported.',
  ],
  ['Types (no classes): class declarations', 'class Cart {}', 'Class declarations are not supported.'],
  ['Types (no classes): class expressions', 'const Cart = class {};', 'Class expressions are not supported.'],
  [
    'String.prototype.replace: regular expressions, literal',
    "const s = 'a'.replace(/a/g, 'b');",
    'Regex literals are not supported.',
  ],
  [
    'String.prototype.replace: regular expressions, RegExp',
    "const r = new RegExp('a');",
    'Regular expressions are not supported.',
  ],
  ['Promises: new Promise', 'const p = new Promise((resolve) => resolve(1));', 'Promise is not supported'],
  ['Promises: Promise.resolve', 'const p = Promise.resolve(1);', 'Promise is not supported'],
  ['Promises: async functions', 'const f = async () => 1;', 'Async functions are not supported.'],
  [
    'Function: function constructors',
    "const f = new Function('return 1');",
    'Function constructors are not supported.',
  ],
];

describe('APPSYNC_JS features refused at load, as CreateResolver refuses them', () => {
  it.each(UNSUPPORTED)(
    'refuses %s (supported-features.html) with BadRequestException "The code contains one or more errors." (API_CodeError)',
    (_page, body, value) => {
      const code = resolverWith(body);
      let refused: unknown;
      try {
        load(code);
      } catch (error) {
        refused = error;
      }
      expect(refused).toBeInstanceOf(AwsError);
      const error = refused as AwsError;
      expect(error.code).toBe('BadRequestException');
      expect(error.status).toBe(400);
      expect(error.message.startsWith(`${CODE_ERRORS_MESSAGE} (Query.probe)`)).toBe(true);
      expect(error.extra).toMatchObject({
        reason: 'CODE_ERROR',
        detail: {
          codeErrors: [{ errorType: 'LINT_ERROR', value, location: { line: 3 } }],
        },
      });
    },
  );

  it('reports a syntax error as PARSER_ERROR (API_CodeError: "Parsing error: ...")', () => {
    expect(findCodeErrors('export function request(ctx) { return { ; }')).toEqual([
      {
        errorType: 'PARSER_ERROR',
        value: expect.stringMatching(/^Parsing error: /) as unknown,
        location: { line: 1, column: expect.any(Number) as unknown, span: -1 },
      },
    ]);
  });

  it('runs what the page supports: for-in, for-of, switch, spread, optional chaining, ??, template literals, arrow functions, rest parameters, Object.hasOwn, delete', () => {
    const sandbox = load(`
      const sum = (...values) => values.reduce((total, value) => total + value, 0);
      export function request(ctx) {
        const keys = [];
        for (const key in ctx.args) keys.push(key);
        let total = 0;
        for (const n of ctx.args.numbers) total += n;
        let kind;
        switch (ctx.args.kind) { case 'a': kind = 'first'; break; default: kind = 'other'; }
        const copy = { ...ctx.args, extra: ctx.args.missing?.deep ?? 'none' };
        delete copy.kind;
        return { keys, total, kind, copy, has: Object.hasOwn(ctx.args, 'kind'), label: \`\${kind}-\${sum(1, 2, 3)}\` };
      }
      export const response = (ctx) => ctx.result;`);
    const outcome = sandbox.call(
      'request',
      {
        arguments: { numbers: [1, 2], kind: 'a' },
        identity: null,
        source: null,
        stash: {},
        request: { headers: {}, domainName: null },
        info: {
          fieldName: 'probe',
          parentTypeName: 'Query',
          variables: {},
          selectionSetList: [],
          selectionSetGraphQL: '',
        },
        env: {},
      },
      { authType: 'API Key Authorization', typeName: 'Query', fieldName: 'probe' },
    );
    expect(outcome).toMatchObject({
      kind: 'value',
      value: {
        keys: ['numbers', 'kind'],
        total: 3,
        kind: 'first',
        copy: { numbers: [1, 2], extra: 'none' },
        has: true,
        label: 'first-6',
      },
    });
  });

  it('passes every resolver and function of the project, bundled as npm run build bundles them', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'shopsync-code-errors-'));
    try {
      const bundles = await bundleResolvers(resolverFiles(shop), { rootDir: ROOT_DIR, outDir });
      const problems = bundles.flatMap((bundle) =>
        findCodeErrors(readFileSync(bundle.outFile, 'utf8')).map(
          (problem) => `${bundle.file}:${problem.location.line} ${problem.value}`,
        ),
      );
      expect(problems).toEqual([]);
    } finally {
      rmSync(outDir, { recursive: true, force: true });
    }
  });
});
