import type { FunctionSpec } from '../description.js';
import { bundleFunction } from './bundleFunction.js';
import type { BundleFunctionOptions, FunctionBundle } from './bundleFunction.js';

/**
 * Bundles every function of `functions` at once into `<outDir>/<name>/` (see `bundleFunction`) and
 * resolves to the bundles by function name; rejects on the first build error.
 *
 * @example
 * await bundleFunctions(shop.functions, { rootDir: ROOT_DIR, outDir: FUNCTION_BUILD_DIR, target: LAMBDA_TARGET })
 * // => Map { 'catalog' => { taskRoot: '.../build/functions/catalog', file: '.../index.mjs', bytes: 183519 }, ... }
 */
export async function bundleFunctions(
  functions: Readonly<Record<string, FunctionSpec>>,
  options: BundleFunctionOptions,
): Promise<Map<string, FunctionBundle>> {
  const entries = Object.entries(functions);
  const bundles = await Promise.all(entries.map(([name, spec]) => bundleFunction(name, spec, options)));
  return new Map(entries.map(([name], index) => [name, bundles[index]!]));
}
