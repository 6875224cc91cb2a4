import { bundleResolvers } from '../../infra/bundleResolvers.js';
import type { ResolverBundle } from '../../infra/bundleResolvers.js';
import { lintResolvers } from '../../infra/lintResolvers.js';

/**
 * What `npm run build` does, for `npm start`: lints the whole `resolvers/` folder with the project's
 * ESLint configuration (`@aws-appsync/eslint-plugin`'s recommended rules with type information, and the
 * constructs the plugin misses), then bundles `files` into `outDir` as CDK deploys them. A lint problem
 * rejects with the report and bundles nothing, so the twin never runs a resolver AppSync would refuse.
 *
 * Not exported from `./index.js`: it loads ESLint and esbuild, which `npm start` loads only after its
 * arguments are read.
 */
export async function lintAndBundleResolvers(
  files: readonly string[],
  options: { readonly rootDir: string; readonly outDir: string },
): Promise<ResolverBundle[]> {
  // The whole folder: shared modules under resolvers/lib are bundled into every resolver that uses them.
  const report = await lintResolvers(['resolvers'], options.rootDir);
  if (report !== undefined) {
    throw new Error(`Resolver lint failed: APPSYNC_JS cannot run this code.\n${report}`);
  }
  return bundleResolvers(files, options);
}
