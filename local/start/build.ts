/**
 * `npm start`'s builds, run in a process of their own by `runBuild`: with `resolvers`, the resolvers
 * linted, bundled and checked as `npm run build` and AppSync do (`lintAndBundleResolvers`); with
 * `functions`, every function bundled as the Lambda twin runs it (`bundleLambda`); with `app`,
 * the GraphQL console (`buildConsole`) and the shop app (Vite, as `npm run build:app`). ESLint with
 * TypeScript's program, Vite and esbuild's bundler leave hundreds of megabytes behind them; in this
 * process they go when it exits, instead of staying in the twin's heap for as long as the twin runs.
 *
 * Each part that succeeds is stamped (`BuildStamps`) with the sources it was made from, so that the next
 * start can keep it. Reports its outcome to the parent (`BuildMessage`) and exits with code 0 when every
 * part is written, 1 when one failed. Run by hand (`tsx local/start/build.ts resolvers app`), it prints
 * a failure instead.
 */
import { rm } from 'node:fs/promises';
import { STATE_MARKER } from '../stateDir.js';
import type { BuildMessage } from './BuildMessage.js';
import { BUILD_LAYOUT, buildOutputs } from './buildOutputs.js';
import { writeBuildStamp } from './buildStamps.js';
import type { BuildPart, BuildStamp } from './buildStamps.js';
import { filesDigest } from './filesDigest.js';

const layout = BUILD_LAYOUT;
const parts = process.argv.slice(2) as BuildPart[];

/** Sends `message` to the parent, if there is one, and resolves once it is written. */
function report(message: BuildMessage): Promise<void> {
  return new Promise((resolve) => {
    if (process.send) process.send(message, undefined, {}, () => resolve());
    else resolve();
  });
}

/** The resolver bundles' digests, once they are linted, bundled and checked. */
async function buildResolvers(): Promise<string[]> {
  const [{ shop }, { resolverFiles }, { lintAndBundleResolvers }] = await Promise.all([
    import('../../infra/shop.js'),
    import('../../infra/resolverFiles.js'),
    import('./lintAndBundleResolvers.js'),
  ]);
  const bundles = await lintAndBundleResolvers(resolverFiles(shop), {
    rootDir: layout.rootDir,
    outDir: layout.resolverBuildDir,
  });
  return bundles.map((bundle) => bundle.codeDigest);
}

async function buildFunctions(): Promise<void> {
  const [{ shop }, { bundleLambda }] = await Promise.all([
    import('../../infra/shop.js'),
    import('../lambda/bundleLambda.js'),
  ]);
  await rm(layout.lambdaBuildDir, { recursive: true, force: true });
  await bundleLambda(shop.functions, { rootDir: layout.rootDir, outDir: layout.lambdaBuildDir });
}

async function buildApp(): Promise<void> {
  const [{ buildConsole }, { build }] = await Promise.all([
    import('../appsync/console/buildConsole.js'),
    import('vite'),
  ]);
  await buildConsole(layout.consoleBuildDir);
  // The shop app, as `npm run build:app` builds it for CloudFront.
  await build({
    configFile: `${layout.rootDir}/app/vite.config.ts`,
    logLevel: 'warn',
    mode: 'production',
  });
}

/** Runs `part`'s build; its stamp is dropped while it runs and written once it is done. */
async function stamped(
  part: BuildPart,
  sources: string,
  run: () => Promise<Partial<BuildStamp>>,
): Promise<Partial<BuildStamp>> {
  writeBuildStamp(layout.stampsFile, part, undefined);
  const made = await run();
  writeBuildStamp(layout.stampsFile, part, {
    sources,
    outputs: filesDigest(buildOutputs(layout, part)),
    ...made,
  });
  return made;
}

try {
  // Taken before anything is read: a source changed while the build runs makes the next start build again.
  const sources = filesDigest([layout.rootDir], { stopAt: STATE_MARKER });
  // The resolvers' lint runs on this thread while esbuild and Vite's bundler work on their own.
  const [resolvers] = await Promise.all([
    parts.includes('resolvers')
      ? stamped('resolvers', sources, async () => ({ checkedCode: await buildResolvers() }))
      : undefined,
    parts.includes('functions')
      ? stamped('functions', sources, async () => {
          await buildFunctions();
          return {};
        })
      : undefined,
    parts.includes('app')
      ? stamped('app', sources, async () => {
          await buildApp();
          return {};
        })
      : undefined,
  ]);
  await report({ kind: 'built', checkedCode: resolvers?.checkedCode ?? [] });
  process.exit(0);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  if (process.send) await report({ kind: 'failed', message });
  else console.error(message);
  // At once: a build still running beside the one that failed is not waited for.
  process.exit(1);
}
