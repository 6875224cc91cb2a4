import { bundleFunction as bundleForLambda } from '../../infra/bundling/bundleFunction.js';
import type { FunctionBundle } from '../../infra/bundling/bundleFunction.js';
import type { FunctionSpec } from '../../infra/description.js';

export type { FunctionBundle } from '../../infra/bundling/bundleFunction.js';

/** The esbuild target of the functions in the twin: the machine's Node 20 (Lambda's is `LAMBDA_TARGET`). */
export const TWIN_TARGET = 'node20';

/**
 * Bundles a function's `entry` (relative to `rootDir`) into `<outDir>/<name>/index.mjs` exactly as the
 * CDK stack's bundles are made (`infra/bundling/bundleFunction.ts`: the AWS SDK inside, minified, with a
 * source map, the function's deploy assets beside it), except for the target: the machine's Node 20
 * instead of Lambda's Node 22. Rejects with esbuild's message on a build error.
 */
export function bundleFunction(
  name: string,
  spec: FunctionSpec,
  options: { readonly rootDir: string; readonly outDir: string },
): Promise<FunctionBundle> {
  return bundleForLambda(name, spec, { ...options, target: TWIN_TARGET });
}
