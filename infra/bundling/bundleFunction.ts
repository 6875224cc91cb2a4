import { build } from 'esbuild';
import type { Metafile } from 'esbuild';
import { cp, mkdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FunctionSpec } from '../description.js';
import { lambdaSdkPlugin } from './lambdaSdkPlugin.js';

/**
 * The most a function's `index.mjs` may weigh, in bytes (300 KiB). Not an AWS limit: every worker of
 * the twin and every cold start on Lambda loads and compiles the whole file, so a bundle that grows is
 * a cost paid per instance. `bundleFunction.test.ts` holds every function of the stack to it.
 */
export const MAX_FUNCTION_BUNDLE_BYTES = 300 * 1024;

/** The esbuild target of the functions on AWS: Lambda's `nodejs22.x` runtime. */
export const LAMBDA_TARGET = 'node22';

/** A function's deployment package on disk: what Lambda would unpack into `LAMBDA_TASK_ROOT`. */
export interface FunctionBundle {
  /** The folder holding `index.mjs`, its source map and the function's deploy assets. */
  readonly taskRoot: string;
  /** `<taskRoot>/index.mjs`. */
  readonly file: string;
  /** The size of `index.mjs` in bytes (the source map is a file of its own). */
  readonly bytes: number;
  /** esbuild's account of what went into the file, when asked for. */
  readonly metafile?: Metafile;
}

export interface BundleFunctionOptions {
  readonly rootDir: string;
  readonly outDir: string;
  /** esbuild's `target`: `LAMBDA_TARGET` for AWS, the machine's Node for the twin. */
  readonly target: string;
  /** Return esbuild's metafile with the bundle (for `analyzeMetafile`). */
  readonly metafile?: boolean;
}

/**
 * Bundles a function's `entry` (relative to `rootDir`) into `<outDir>/<name>/index.mjs`, replacing what
 * was there: one minified ESM file for Node with the AWS SDK inside (the version the lockfile pins and
 * the tests ran, not the runtime's), a source map beside it, the `require` shim for CommonJS
 * dependencies, and `lambdaSdkPlugin` to leave out the SDK code a Lambda function cannot reach. CDK
 * deploys these folders (`infra/app.ts`) and the twin runs them (`local/lambda/bundleLambda.ts`); only
 * `target` differs. The assets of a `deploy` trigger (the `migrate` function's SQL files) are copied
 * beside the bundle. Rejects with esbuild's message on a build error.
 */
export async function bundleFunction(
  name: string,
  spec: FunctionSpec,
  options: BundleFunctionOptions,
): Promise<FunctionBundle> {
  const taskRoot = path.join(options.outDir, name);
  const file = path.join(taskRoot, 'index.mjs');
  await rm(taskRoot, { recursive: true, force: true });
  await mkdir(taskRoot, { recursive: true });
  const result = await build({
    entryPoints: [path.join(options.rootDir, spec.entry)],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: options.target,
    minify: true,
    sourcemap: true,
    // ESM builds of dependencies that ship both, so that esbuild can drop what is not imported.
    mainFields: ['module', 'main'],
    banner: {
      js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
    },
    plugins: [lambdaSdkPlugin()],
    metafile: options.metafile === true,
    logLevel: 'silent',
  });
  for (const trigger of spec.triggers ?? []) {
    if (trigger.kind !== 'deploy') continue;
    for (const asset of trigger.assets) {
      await cp(path.join(options.rootDir, asset), path.join(taskRoot, asset), { recursive: true });
    }
  }
  const { size } = await stat(file);
  return { taskRoot, file, bytes: size, ...(result.metafile ? { metafile: result.metafile } : {}) };
}
