import { build } from 'esbuild';
import type { Plugin } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../paths.js';
import { literalSchemaKeys } from './literalSchemaKeys.js';

// The clients the functions use (`functions/`), each with one generated schema file.
const CLIENTS = ['client-dynamodb', 'client-rds-data', 'client-sesv2', 'client-sns', 'client-sqs'];

function schemaFile(client: string): string {
  const manifest = createRequire(path.join(ROOT_DIR, 'package.json')).resolve(
    `@aws-sdk/${client}/package.json`,
  );
  return path.join(path.dirname(manifest), 'dist-es', 'schemas', 'schemas_0.js');
}

/** Every export of a schema file, bundled with or without the rewrite, as comparable JSON. */
async function exportsOf(file: string, rewrite: boolean): Promise<string> {
  const plugin: Plugin = {
    name: 'literal-schema-keys',
    setup(setup) {
      setup.onLoad({ filter: /schemas_0\.js$/ }, (args) => ({
        contents: literalSchemaKeys(readFileSync(args.path, 'utf8')),
        loader: 'js',
      }));
    },
  };
  const result = await build({
    entryPoints: [file],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    mainFields: ['module', 'main'],
    plugins: rewrite ? [plugin] : [],
    logLevel: 'silent',
  });
  const code = result.outputFiles[0]!.text;
  const module = (await import(
    `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`
  )) as Record<string, unknown>;
  // Thunks (`() => Schema$`) compare by their text, which names the schema they return.
  return JSON.stringify(module, (_key, value: unknown) =>
    typeof value === 'function' ? `fn:${String(value)}` : value,
  );
}

describe('literalSchemaKeys', () => {
  it('writes keys computed from string constants as those strings', () => {
    const source =
      'const _e = "error";\nconst _c = "client";\nexport var E$ = [-3, n0, _E, { [_e]: _c }, () => X$];';
    expect(literalSchemaKeys(source)).toBe(
      'const _e = "error";\nconst _c = "client";\nexport var E$ = [-3, n0, _E, { "error": _c }, () => X$];',
    );
  });

  it('leaves keys that are not its string constants alone', () => {
    const source = 'const _e = "error";\nexport var E$ = [{ [_e]: 1, [other]: 2 }];';
    expect(literalSchemaKeys(source)).toBe(
      'const _e = "error";\nexport var E$ = [{ "error": 1, [other]: 2 }];',
    );
  });

  it.each([
    ['a constant declared twice', 'const _e = "error";\nconst _e = "other";\nexport var E$ = [{ [_e]: 1 }];'],
    ['a function that could shadow one', 'const _e = "error";\nexport var f = (_e) => ({ [_e]: 1 });'],
    [
      'a nested declaration',
      'const _e = "error";\nexport function f() { let _e = "x"; return { [_e]: 1 }; }',
    ],
    [
      'a key written inside a string',
      'const _e = "error";\nexport var s = "[_e]: 1";\nexport var E$ = [{ [_e]: 1 }];',
    ],
  ])('changes nothing in a file with %s', (_case, source) => {
    expect(literalSchemaKeys(source)).toBe(source);
  });

  it.each(CLIENTS)('applies to @aws-sdk/%s and keeps every schema it exports the same', async (client) => {
    const file = schemaFile(client);
    const source = readFileSync(file, 'utf8');
    expect(literalSchemaKeys(source)).not.toBe(source);
    expect(await exportsOf(file, true)).toBe(await exportsOf(file, false));
  });
});
