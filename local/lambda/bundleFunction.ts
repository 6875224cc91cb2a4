import { build } from 'esbuild';
import { cp, mkdir } from 'node:fs/promises';
import path from 'node:path';
import type { FunctionSpec } from '../../infra/description.js';

/** A function's deployment package on disk: what Lambda would unpack into `LAMBDA_TASK_ROOT`. */
export interface FunctionBundle {
  /** The folder holding `index.mjs`, its source map and the function's deploy assets. */
  readonly taskRoot: string;
  /** `<taskRoot>/index.mjs`. */
  readonly file: string;
}

/**
 * Bundles a function's `entry` (relative to `rootDir`) into `<outDir>/<name>/index.mjs` with the options
 * the CDK stack gives `NodejsFunction` (`infra/stack/functions.ts`): one ESM file for Node with the AWS
 * SDK inside, minified, with a source map and the `require` shim for CommonJS dependencies. Only the
 * target differs (the machine's Node 20 instead of Lambda's Node 22). The assets of a `deploy` trigger
 * are copied beside it, as the CDK `afterBundling` hook does. Rejects with esbuild's message on a build
 * error.
 */
export async function bundleFunction(
  name: string,
  spec: FunctionSpec,
  options: { readonly rootDir: string; readonly outDir: string },
): Promise<FunctionBundle> {
  const taskRoot = path.join(options.outDir, name);
  const file = path.join(taskRoot, 'index.mjs');
  await mkdir(taskRoot, { recursive: true });
  await build({
    entryPoints: [path.join(options.rootDir, spec.entry)],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    minify: true,
    sourcemap: true,
    mainFields: ['module', 'main'],
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    logLevel: 'silent',
  });
  for (const trigger of spec.triggers ?? []) {
    if (trigger.kind !== 'deploy') continue;
    for (const asset of trigger.assets) {
      await cp(path.join(options.rootDir, asset), path.join(taskRoot, asset), { recursive: true });
    }
  }
  return { taskRoot, file };
}
