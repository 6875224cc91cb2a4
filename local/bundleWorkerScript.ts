import { build } from 'esbuild';
import type { Plugin } from 'esbuild';
import { fileURLToPath } from 'node:url';

/**
 * Bundles `entry`, a TypeScript module of the twin, into one ESM file, `outfile`, that a worker thread
 * starts as plain JavaScript, with no TypeScript loader. `plugins` go to esbuild; rejects with esbuild's
 * message on a build error.
 */
export async function bundleWorkerScript(
  entry: URL,
  outfile: string,
  plugins: readonly Plugin[] = [],
): Promise<void> {
  await build({
    entryPoints: [fileURLToPath(entry)],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    plugins: [...plugins],
    logLevel: 'silent',
  });
}
