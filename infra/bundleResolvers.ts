import { build } from 'esbuild';
import { statSync } from 'node:fs';
import path from 'node:path';
import { bundleName } from './resolverFiles.js';

/** AppSync's limit on a resolver's or function's `code` (API_Resolver: maximum length 32,768). */
export const MAX_RESOLVER_BYTES = 32_768;

export interface ResolverBundle {
  readonly file: string;
  readonly outFile: string;
  readonly bytes: number;
}

/**
 * Bundles each resolver entry to one ESM file under `outDir`, the way AWS documents for APPSYNC_JS
 * ("Bundling, TypeScript, and source maps"): `@aws-appsync/utils` stays external because the runtime
 * provides it. Throws, naming every offender, when a bundle exceeds AppSync's 32 KB code limit.
 */
export async function bundleResolvers(
  files: readonly string[],
  options: { readonly rootDir: string; readonly outDir: string },
): Promise<ResolverBundle[]> {
  const bundles = await Promise.all(
    files.map(async (file) => {
      const outFile = path.join(options.outDir, bundleName(file));
      await build({
        entryPoints: [path.join(options.rootDir, file)],
        outfile: outFile,
        bundle: true,
        platform: 'node',
        format: 'esm',
        target: 'esnext',
        // Source maps would count against the 32 KB limit; AppSync reports errors by line anyway.
        sourcemap: false,
        external: ['@aws-appsync/utils'],
        logLevel: 'silent',
      });
      return { file, outFile, bytes: statSync(outFile).size };
    }),
  );
  const tooBig = bundles.filter((bundle) => bundle.bytes > MAX_RESOLVER_BYTES);
  if (tooBig.length > 0) {
    const list = tooBig.map((bundle) => `${bundle.file} (${bundle.bytes} bytes)`).join(', ');
    throw new Error(`Resolver bundles over AppSync's ${MAX_RESOLVER_BYTES}-byte code limit: ${list}`);
  }
  return bundles;
}
