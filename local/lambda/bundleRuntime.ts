import path from 'node:path';
import { bundleWorkerScript } from '../bundleWorkerScript.js';

/**
 * Bundles the worker-side runtime (`lambdaRuntime.ts`) into `<outDir>/runtime.mjs` and returns its path,
 * so that a worker starts plain JavaScript and needs no TypeScript loader.
 */
export async function bundleRuntime(outDir: string): Promise<string> {
  const file = path.join(outDir, 'runtime.mjs');
  await bundleWorkerScript(new URL('./lambdaRuntime.ts', import.meta.url), file);
  return file;
}
