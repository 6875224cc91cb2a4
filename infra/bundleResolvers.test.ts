import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bundleResolvers, MAX_RESOLVER_BYTES } from './bundleResolvers.js';
import { lintResolvers, lintResolverSource } from './lintResolvers.js';
import { ROOT_DIR } from './paths.js';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'shopsync-bundle-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function writeSource(name: string, text: string): string {
  writeFileSync(path.join(dir, name), text);
  return name;
}

describe('bundleResolvers', () => {
  it('bundles local imports into one ESM file and leaves @aws-appsync/utils to the runtime', async () => {
    writeSource('helper.ts', 'export const table = (name: string): string => `shop-${name}`;\n');
    const entry = writeSource(
      'Query.fixture.ts',
      [
        "import { util } from '@aws-appsync/utils';",
        "import { get } from '@aws-appsync/utils/dynamodb';",
        "import { table } from './helper.js';",
        'export function request(ctx: { args: { id: string } }) { return get({ key: { id: ctx.args.id + table("x") } }); }',
        'export function response(ctx: { result: unknown }) { return ctx.result ?? util.error("gone", "NotFound"); }',
      ].join('\n'),
    );
    const [bundle] = await bundleResolvers([entry], { rootDir: dir, outDir: path.join(dir, 'out') });
    const code = readFileSync(bundle!.outFile, 'utf8');
    expect(bundle!.bytes).toBe(Buffer.byteLength(code));
    expect(code).toContain('from "@aws-appsync/utils"');
    expect(code).toContain('from "@aws-appsync/utils/dynamodb"');
    expect(code).toContain('shop-${name}');
    expect(code).not.toMatch(/from "\.\/helper/);
    expect(code).toMatch(/export \{\s*request,\s*response\s*\}/);
  });

  it("refuses a bundle over AppSync's 32 KB code limit, naming it", async () => {
    const big = writeSource(
      'Query.big.ts',
      `export const request = () => ({ payload: ${JSON.stringify('x'.repeat(MAX_RESOLVER_BYTES))} });\n` +
        'export const response = (ctx: { result: unknown }) => ctx.result;\n',
    );
    await expect(bundleResolvers([big], { rootDir: dir, outDir: path.join(dir, 'out') })).rejects.toThrow(
      /over AppSync's 32768-byte code limit: Query\.big\.ts \(\d+ bytes\)/,
    );
  });
});

describe('lintResolvers', () => {
  it("passes the project's resolvers", async () => {
    expect(await lintResolvers(['resolvers'], ROOT_DIR)).toBeUndefined();
  });

  it('reports what APPSYNC_JS cannot run, including throw, which the AppSync plugin misses', async () => {
    const source = [
      "import type { Context } from '@aws-appsync/utils';",
      'export function request(ctx: Context) {',
      '  let total = 0;',
      '  for (let i = 0; i < 3; i++) { total += i; }',
      "  if (total > 1) { throw new Error('no'); }",
      '  return { payload: ctx.args };',
      '}',
      'export function response(ctx: Context) { return ctx.result; }',
    ].join('\n');
    const report = await lintResolverSource(
      source,
      path.join(ROOT_DIR, 'resolvers', 'Query.me.ts'),
      ROOT_DIR,
    );
    expect(report).toContain('@aws-appsync/no-for');
    expect(report).toContain('@aws-appsync/no-disallowed-unary-operators');
    expect(report).toContain('APPSYNC_JS has no throw');
  });
});
