import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { codeDigest } from '../appsync/sandbox/checkedCode.js';
import { CODE_ERRORS_MESSAGE } from '../appsync/sandbox/codeErrorsException.js';
import { lintAndBundleResolvers } from './lintAndBundleResolvers.js';

// A project of its own: an ESLint configuration with AWS's APPSYNC_JS rules (@aws-appsync/eslint-plugin,
// base rules: no type information needed) over plain JavaScript resolvers.
let rootDir: string;
const plugin = pathToFileURL(createRequire(import.meta.url).resolve('@aws-appsync/eslint-plugin')).href;

beforeAll(() => {
  rootDir = mkdtempSync(path.join(tmpdir(), 'shopsync-start-lint-'));
  mkdirSync(path.join(rootDir, 'resolvers'));
  writeFileSync(
    path.join(rootDir, 'eslint.config.js'),
    `import appsync from ${JSON.stringify(plugin)};
     export default [{ files: ['resolvers/**/*.js'], plugins: { '@aws-appsync': appsync }, rules: appsync.configs.base.rules }];\n`,
  );
});
afterAll(() => rmSync(rootDir, { recursive: true, force: true }));

function writeResolver(name: string, code: string): string {
  writeFileSync(path.join(rootDir, 'resolvers', name), code);
  return `resolvers/${name}`;
}

describe('npm start prepares resolvers as npm run build does', () => {
  it('bundles resolvers that pass the lint', async () => {
    const file = writeResolver(
      'Query.good.js',
      `export function request(ctx) { return { payload: ctx.args }; }\nexport const response = (ctx) => ctx.result;\n`,
    );
    const outDir = path.join(rootDir, 'out-good');
    const [bundle] = await lintAndBundleResolvers([file], { rootDir, outDir });
    expect(existsSync(bundle!.outFile)).toBe(true);
    // What the twin's process records as checked (recordCheckedCode): the digest of the very bundle.
    expect(bundle!.codeDigest).toBe(codeDigest(readFileSync(bundle!.outFile, 'utf8')));
  });

  it('refuses, with AppSync’s code errors, a bundle that passes the lint but not AppSync’s checks', async () => {
    // `throw` is outside the plugin's rules (this project's configuration adds it); AppSync refuses it.
    const file = writeResolver(
      'Query.throws.js',
      `export function request(ctx) { if (!ctx.args.id) { throw new Error('no id'); } return {}; }
export const response = (ctx) => ctx.result;
`,
    );
    const refused = lintAndBundleResolvers([file], { rootDir, outDir: path.join(rootDir, 'out-throws') });
    await expect(refused).rejects.toThrow(`${CODE_ERRORS_MESSAGE} (${file})`);
    await expect(refused).rejects.toThrow(
      /code\.js:\d+:\d+ LINT_ERROR Throwing errors with throw is not supported/,
    );
    rmSync(path.join(rootDir, file));
  });

  it('refuses, with the lint report, and bundles nothing when a resolver uses what APPSYNC_JS cannot run', async () => {
    const file = writeResolver(
      'Query.bad.js',
      `export function request(ctx) { let n = 0; while (n < 3) { n += 1; } return { payload: n }; }\nexport const response = (ctx) => ctx.result;\n`,
    );
    const outDir = path.join(rootDir, 'out-bad');
    const refused = lintAndBundleResolvers([file], { rootDir, outDir });
    await expect(refused).rejects.toThrow(/^Resolver lint failed: APPSYNC_JS cannot run this code\./);
    await expect(refused).rejects.toThrow(
      /Query\.bad\.js[\s\S]*While statements are not supported\.?\s+@aws-appsync\/no-while/,
    );
    expect(existsSync(outDir)).toBe(false);
    rmSync(path.join(rootDir, file));
  });
});
