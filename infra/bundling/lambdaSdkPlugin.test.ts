import { build } from 'esbuild';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../paths.js';
import { lambdaSdkPlugin } from './lambdaSdkPlugin.js';

/** `contents` bundled as a function is, resolving packages from the repository. */
function bundle(contents: string) {
  return build({
    stdin: { contents, resolveDir: ROOT_DIR, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    mainFields: ['module', 'main'],
    plugins: [lambdaSdkPlugin()],
    metafile: true,
    logLevel: 'silent',
  });
}

describe('lambdaSdkPlugin', () => {
  it('gives the clients the environment credentials and their version, not their package.json', async () => {
    const result = await bundle(
      "import { RDSDataClient } from '@aws-sdk/client-rds-data'; export const client = new RDSDataClient({});",
    );
    const inputs = Object.keys(result.metafile.inputs);
    expect(inputs).toContain('functions/lib/sdk/envDefaultProvider.ts');
    expect(inputs.filter((input) => input.endsWith('package.json'))).toEqual([]);
    const manifest = createRequire(`${ROOT_DIR}/`).resolve('@aws-sdk/client-rds-data/package.json');
    const { version } = JSON.parse(readFileSync(manifest, 'utf8')) as { version: string };
    expect(result.outputFiles[0]!.text).toContain(JSON.stringify(version));
  });

  it('refuses a client with event-stream operations rather than give it the stand-in', async () => {
    // Lambda's InvokeWithResponseStream answers with an event stream.
    await expect(
      bundle(
        "import { LambdaClient } from '@aws-sdk/client-lambda'; export const client = new LambdaClient({});",
      ),
    ).rejects.toThrow(
      /imports @smithy\/core\/event-streams: a client with event-stream operations is bundled/,
    );
  });
});
