import { analyzeMetafile } from 'esbuild';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../paths.js';
import { shop } from '../shop.js';
import { LAMBDA_TARGET, MAX_FUNCTION_BUNDLE_BYTES } from './bundleFunction.js';
import type { FunctionBundle } from './bundleFunction.js';
import { bundleFunctions } from './bundleFunctions.js';

// The SDK code a Lambda function cannot reach, which lambdaSdkPlugin leaves out.
const UNREACHABLE = [
  /@aws-sdk\/credential-provider-(?:ini|sso|process|web-identity|http|login|node)\//,
  /@aws-sdk\/nested-clients\//,
  /@aws-sdk\/token-providers\//,
  /@smithy\/credential-provider-imds\//,
  /@smithy\/core\/dist-es\/submodules\/event-streams\//,
];

let outDir: string;
let bundles: Map<string, FunctionBundle>;

beforeAll(async () => {
  outDir = mkdtempSync(path.join(tmpdir(), 'shopsync-functions-'));
  bundles = await bundleFunctions(shop.functions, {
    rootDir: ROOT_DIR,
    outDir,
    target: LAMBDA_TARGET,
    metafile: true,
  });
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function bundleOf(name: string): FunctionBundle {
  const bundle = bundles.get(name);
  if (!bundle?.metafile) throw new Error(`No bundle of ${name}`);
  return bundle;
}

describe('the functions’ bundles, as CDK deploys them', () => {
  it.each(Object.keys(shop.functions))(
    `%s: index.mjs is at most ${MAX_FUNCTION_BUNDLE_BYTES} bytes`,
    async (name) => {
      const bundle = bundleOf(name);
      if (bundle.bytes > MAX_FUNCTION_BUNDLE_BYTES) {
        // Name the largest inputs, so that whoever grew the bundle sees what to look at.
        const analysis = await analyzeMetafile(bundle.metafile!);
        expect.fail(
          `${name}: ${bundle.bytes} bytes, over ${MAX_FUNCTION_BUNDLE_BYTES}; largest inputs:\n` +
            analysis.split('\n').slice(0, 25).join('\n'),
        );
      }
      expect(bundle.bytes).toBe(readFileSync(bundle.file).length);
    },
  );

  it.each(Object.keys(shop.functions))(
    '%s: no credential source past the environment, no event-stream codec',
    (name) => {
      const inputs = Object.keys(bundleOf(name).metafile!.inputs);
      expect(inputs.filter((input) => UNREACHABLE.some((pattern) => pattern.test(input)))).toEqual([]);
    },
  );

  it('keeps the schemas of the operations a function sends, not the rest of the client', () => {
    const orders = readFileSync(bundleOf('orders').file, 'utf8');
    // SESv2 SendEmail is sent; CreateContact, one of the other hundred operations, is not.
    expect(orders).toContain('/v2/email/outbound-emails');
    expect(orders).not.toContain('/v2/email/contact-lists');
  });

  it('copies the deploy assets beside the bundle', () => {
    const copied = path.join(bundleOf('migrate').taskRoot, shop.database.migrationsDir);
    expect(readdirSync(copied)).toEqual(readdirSync(path.join(ROOT_DIR, shop.database.migrationsDir)));
  });
});
