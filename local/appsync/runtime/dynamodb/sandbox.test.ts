import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';

// Proves the module needs no Node API: bundled alone and evaluated in a context like the sandbox's
// (no host object, no code generation from strings), it builds the same requests.
describe('the dynamodb module in a bare vm context', () => {
  it('bundles for a neutral platform and runs with ECMAScript built-ins only', async () => {
    const entry = path.join(path.dirname(fileURLToPath(import.meta.url)), 'index.ts');
    const bundle = await build({
      entryPoints: [entry],
      bundle: true,
      platform: 'neutral',
      format: 'iife',
      globalName: 'dynamodbModule',
      write: false,
      logLevel: 'silent',
    });
    const script = bundle.outputFiles[0]?.text ?? '';
    const context = vm.createContext({}, { codeGeneration: { strings: false, wasm: false } });
    new vm.Script(script).runInContext(context);
    const run = (source: string): unknown =>
      JSON.parse(
        new vm.Script(
          `(() => { const ddb = dynamodbModule.createDynamoDbHelpers(); return JSON.stringify(${source}); })()`,
        ).runInContext(context) as string,
      );

    expect(run(`typeof require + typeof process + typeof Buffer`)).toBe('undefinedundefinedundefined');
    expect(run(`ddb.update({ key: { id: 'test' }, update: { age: ddb.operations.increment(10) } })`)).toEqual(
      {
        operation: 'UpdateItem',
        key: { id: { S: 'test' } },
        update: {
          expression: 'SET #expName_1 = #expName_1 + :expValue_1',
          expressionNames: { '#expName_1': 'age' },
          expressionValues: { ':expValue_1': { N: 10 } },
        },
      },
    );
    expect(
      run(`ddb.query({ query: { id: { eq: 'a' } }, filter: { n: { between: [1, 2] } }, limit: 2 })`),
    ).toEqual({
      operation: 'Query',
      query: {
        expression: '(#id = :id_eq)',
        expressionNames: { '#id': 'id' },
        expressionValues: { ':id_eq': { S: 'a' } },
      },
      filter: {
        expression: '(#n BETWEEN :n_between_start AND :n_between_end)',
        expressionNames: { '#n': 'n' },
        expressionValues: { ':n_between_start': { N: 1 }, ':n_between_end': { N: 2 } },
      },
      limit: 2,
    });
    expect(script.length).toBeLessThan(20_000);
  });
});
