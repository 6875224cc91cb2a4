import { buildSync } from 'esbuild';
import path from 'node:path';

let cached: string | undefined;

/**
 * The APPSYNC_JS runtime library bundled into one IIFE script (ES2022, no Node APIs), built once per
 * process from `sandboxEntry.ts`. The sandbox evaluates it inside each resolver's context.
 */
export function runtimeScript(): string {
  cached ??= buildSync({
    entryPoints: [path.join(import.meta.dirname, 'sandboxEntry.ts')],
    bundle: true,
    format: 'iife',
    platform: 'neutral',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  }).outputFiles[0]!.text;
  return cached;
}
