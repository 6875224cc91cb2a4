import { readFileSync } from 'node:fs';
import { bundleResolvers } from '../../infra/bundleResolvers.js';
import type { ResolverBundle } from '../../infra/bundleResolvers.js';
import { lintResolvers } from '../../infra/lintResolvers.js';
import { codeDigest } from '../appsync/sandbox/checkedCode.js';
import { codeErrorsException } from '../appsync/sandbox/codeErrorsException.js';
import { findCodeErrors } from '../appsync/sandbox/findCodeErrors.js';

/** A resolver bundle that passed the checks the twin makes at load, named by its code's digest. */
export interface CheckedResolverBundle extends ResolverBundle {
  /** `codeDigest` of the bundle: what `recordCheckedCode` takes. */
  readonly codeDigest: string;
}

/**
 * What `npm run build` does, for `npm start`: lints the whole `resolvers/` folder with the project's
 * ESLint configuration (`@aws-appsync/eslint-plugin`'s recommended rules with type information, and the
 * constructs the plugin misses), then bundles `files` into `outDir` as CDK deploys them, and checks each
 * bundle as AppSync checks the code it is given (`findCodeErrors`). A lint problem rejects with the
 * report and bundles nothing; a bundle AppSync would refuse rejects with AppSync's message for each
 * one, so the twin never runs a resolver AppSync would refuse. The digests let the twin's process skip
 * the second check (`recordCheckedCode`).
 *
 * Not exported from `./index.js`: it loads ESLint, TypeScript and esbuild, which `npm start` loads only
 * in its build process (`runBuild`).
 */
export async function lintAndBundleResolvers(
  files: readonly string[],
  options: { readonly rootDir: string; readonly outDir: string },
): Promise<CheckedResolverBundle[]> {
  // The whole folder: shared modules under resolvers/lib are bundled into every resolver that uses them.
  const report = await lintResolvers(['resolvers'], options.rootDir);
  if (report !== undefined) {
    throw new Error(`Resolver lint failed: APPSYNC_JS cannot run this code.\n${report}`);
  }
  const bundles = await bundleResolvers(files, options);
  const refused: string[] = [];
  const checked = bundles.map((bundle) => {
    const code = readFileSync(bundle.outFile, 'utf8');
    const codeErrors = findCodeErrors(code);
    if (codeErrors.length > 0) refused.push(codeErrorsException(bundle.file, codeErrors).message);
    return { ...bundle, codeDigest: codeDigest(code) };
  });
  if (refused.length > 0) throw new Error(refused.join('\n'));
  return checked;
}
