import { cp, mkdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { FunctionSpec } from '../../infra/description.js';
import { bundleFunctions } from '../../infra/bundling/bundleFunctions.js';
import { TWIN_TARGET } from './bundleFunction.js';
import type { FunctionBundle } from './bundleFunction.js';
import { bundleRuntime } from './bundleRuntime.js';

/** What the Lambda twin runs: the worker-side runtime, and each function's bundle by name. */
export interface LambdaBundles {
  readonly runtimeFile: string;
  readonly functions: ReadonlyMap<string, FunctionBundle>;
}

/**
 * Bundles the runtime (`runtime.mjs`) and every function of `functions` (`<name>/index.mjs`, as CDK's
 * bundles but for the machine's Node: `bundleFunction`) into `outDir`, all at once; rejects on the first
 * build error.
 */
export async function bundleLambda(
  functions: Readonly<Record<string, FunctionSpec>>,
  options: { readonly rootDir: string; readonly outDir: string },
): Promise<LambdaBundles> {
  await mkdir(options.outDir, { recursive: true });
  const [runtimeFile, bundles] = await Promise.all([
    bundleRuntime(options.outDir),
    bundleFunctions(functions, { ...options, target: TWIN_TARGET }),
  ]);
  return { runtimeFile, functions: bundles };
}

/**
 * Copies what `bundleLambda` wrote in `builtDir` (`npm start`'s build) into `outDir`, so that each twin
 * runs its own copy however the build folder changes later, and answers it as `bundleLambda` would.
 * Rejects, naming the function, when a bundle is missing.
 */
export async function copyLambdaBundles(
  functions: Readonly<Record<string, FunctionSpec>>,
  builtDir: string,
  outDir: string,
): Promise<LambdaBundles> {
  await cp(builtDir, outDir, { recursive: true, force: true });
  const size = async (file: string, what: string): Promise<number> => {
    const found = await stat(file).catch(() => undefined);
    if (!found?.isFile()) throw new Error(`${builtDir} holds no ${what}: build it again`);
    return found.size;
  };
  const runtimeFile = path.join(outDir, 'runtime.mjs');
  await size(runtimeFile, 'Lambda runtime (runtime.mjs)');
  const names = Object.keys(functions);
  const bundles = await Promise.all(
    names.map(async (name): Promise<FunctionBundle> => {
      const taskRoot = path.join(outDir, name);
      const file = path.join(taskRoot, 'index.mjs');
      return { taskRoot, file, bytes: await size(file, `bundle of the function ${name}`) };
    }),
  );
  return { runtimeFile, functions: new Map(names.map((name, index) => [name, bundles[index]!])) };
}
