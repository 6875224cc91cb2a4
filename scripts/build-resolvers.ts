/**
 * `npm run build`: lints the resolvers with the AppSync rules, then bundles each resolver of the stack
 * description into `build/resolvers/`, the files CDK deploys and the local twin runs. Exits non-zero on a
 * lint problem or a bundle over 32 KB.
 */
import path from 'node:path';
import { bundleResolvers, MAX_RESOLVER_BYTES } from '../infra/bundleResolvers.js';
import { lintResolvers } from '../infra/lintResolvers.js';
import { resolverFiles } from '../infra/resolverFiles.js';
import { shop } from '../infra/shop.js';
import { RESOLVER_BUILD_DIR, ROOT_DIR } from '../infra/paths.js';

const files = resolverFiles(shop);
// Lint the whole folder: shared modules under resolvers/lib are bundled into every resolver that uses them.
const report = await lintResolvers(['resolvers'], ROOT_DIR);
if (report !== undefined) {
  console.error(report);
  console.error('Resolver lint failed: APPSYNC_JS cannot run this code.');
  process.exit(1);
}
try {
  const bundles = await bundleResolvers(files, { rootDir: ROOT_DIR, outDir: RESOLVER_BUILD_DIR });
  for (const bundle of bundles) {
    const share = ((bundle.bytes / MAX_RESOLVER_BYTES) * 100).toFixed(1);
    console.log(`${bundle.file.padEnd(56)} ${String(bundle.bytes).padStart(6)} bytes  ${share}% of limit`);
  }
  console.log(`${bundles.length} resolvers bundled into ${path.relative(ROOT_DIR, RESOLVER_BUILD_DIR)}/`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
