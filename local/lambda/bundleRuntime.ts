import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Bundles the worker-side runtime (`lambdaRuntime.ts`) into `<outDir>/runtime.mjs` and returns its path,
 * so that a worker starts plain JavaScript and needs no TypeScript loader.
 */
export async function bundleRuntime(outDir: string): Promise<string> {
  const file = path.join(outDir, 'runtime.mjs');
  await build({
    entryPoints: [fileURLToPath(new URL('./lambdaRuntime.ts', import.meta.url))],
    outfile: file,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'silent',
  });
  return file;
}
