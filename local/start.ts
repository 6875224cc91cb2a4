/**
 * `npm start`: boots the local twin of every AWS service ShopSync uses and keeps it running until Ctrl-C,
 * SIGTERM or SIGHUP, or until the process that launched it (npm) ends. Options and their environment
 * variables: `START_HELP` (`npm start -- --help`); DATABASE_URL=mysql://... runs the Data API on MySQL.
 * A mistake in the arguments prints the one-line usage and exits with code 2.
 */
import path from 'node:path';
import { ROOT_DIR } from '../infra/paths.js';
import { isReportLine } from './lambda/isReportLine.js';
import {
  BUILD_LAYOUT,
  BuildError,
  buildForStart,
  parseStartArgs,
  START_HELP,
  START_USAGE,
  UsageError,
  watchLaunchers,
} from './start/index.js';
import { releaseStateDir } from './stateDir.js';
import type { Twin } from './twin.js';

// The lockfile pins AWS SDK versions that support Node 20 (see README); the SDK's notice says nothing new.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

// The arguments are read before the heavy modules load: a mistake is answered at once.
let args: ReturnType<typeof parseStartArgs>;
try {
  args = parseStartArgs(process.argv.slice(2), process.env);
} catch (error) {
  if (!(error instanceof UsageError)) throw error;
  console.error(`npm start: ${error.message}\n${START_USAGE}`);
  process.exit(2);
}
if (args.help) {
  console.log(START_HELP);
  process.exit(0);
}

/** The demo accounts of a fresh state folder; documented in the README, replaceable by flags or env. */
const demoUsers = {
  shopper: {
    email: args.shopperEmail ?? 'shopper@shopsync.local',
    password: args.shopperPassword ?? 'Shopper-Demo-2026!',
    name: 'Demo Shopper',
  },
  admin: {
    email: args.adminEmail ?? 'admin@shopsync.local',
    password: args.adminPassword ?? 'Admin-Demo-2026!',
    name: 'Demo Admin',
    groups: ['admins'],
  },
};
const stateDir = path.resolve(args.state ?? path.join(ROOT_DIR, '.shopsync'));

// Stopping: on a signal, and when npm (or whatever launched the twin) ends, which npm's shell hides from
// us (`watchLaunchers` says why). Before the twin is up there is nothing to stop cleanly: exit at once.
let twin: Twin | undefined;
let stopping = false;
const stop = (why: string): void => {
  if (stopping) {
    console.error(`${why} again: exiting without waiting for the services to stop`);
    process.exit(1);
  }
  stopping = true;
  if (twin === undefined) {
    console.error(`\n${why}: stopped before the twin was up`);
    releaseStateDir(stateDir);
    process.exit(1);
  }
  console.log(`\n${why}: stopping...`);
  twin.stop().then(
    () => {
      releaseStateDir(stateDir);
      process.exit(0);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => stop(signal));
watchLaunchers((pid) => stop(`A process that launched the twin (pid ${pid}) has ended`));

console.log(`Starting the ShopSync local twin (state in ${path.relative(process.cwd(), stateDir) || '.'})`);
try {
  // The builds run in a process of their own (`runBuild` says why) while this one loads the twin.
  const [built, [{ shop }, { recordCheckedCode }, { startTwin }]] = await Promise.all([
    buildForStart({ app: args.app }),
    Promise.all([
      import('../infra/shop.js'),
      import('./appsync/sandbox/checkedCode.js'),
      import('./twin.js'),
    ]),
  ]);
  if (built.kept.length > 0) {
    const kept = built.kept.map((part) => (part === 'app' ? 'console and shop app' : part)).join(', ');
    console.log(`  ${kept}: kept from the last build (no source changed since)`);
  }
  // The build checked every resolver bundle as AppSync would: the twin need not load ESLint to do it again.
  recordCheckedCode(built.checkedCode);
  twin = await startTwin({
    resolverBuildDir: BUILD_LAYOUT.resolverBuildDir,
    lambdaBuildDir: BUILD_LAYOUT.lambdaBuildDir,
    ...(args.app ? { consoleDir: BUILD_LAYOUT.consoleBuildDir, appDir: BUILD_LAYOUT.appBuildDir } : {}),
    seed: true,
    demoUsers,
    description: shop,
    rootDir: ROOT_DIR,
    port: args.port,
    stateDir,
    https: args.https,
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
    // A REPORT line per Lambda call drowns the rest: only with --verbose.
    log: (line) => {
      if (args.verbose || !isReportLine(line)) console.log(`  ${line}`);
    },
  });
  console.log(`
Shop:    ${args.app ? `${twin.url}/` : '(not built: --no-app)'}
Twin:    ${twin.url}/_twin  (health: ${twin.url}/health, client configuration: ${twin.url}/config.json)
Mailbox: ${twin.config.mailboxUrl}
Shopper: ${demoUsers.shopper.email} / ${demoUsers.shopper.password}
Admin:   ${demoUsers.admin.email} / ${demoUsers.admin.password}

GraphQL: ${twin.config.graphqlUrl}  (API key ${twin.config.apiKey})
Console: ${args.app ? `${twin.url}/console` : '(not built: --no-app)'}${
    twin.certificateFile
      ? `
TLS:     ${path.relative(process.cwd(), twin.certificateFile)} is the certificate to trust (README: "HTTPS"); plain HTTP stays at ${twin.front.httpEndpoint}`
      : ''
  }
Ctrl-C stops the twin; its state stays in the state folder (npm run reset wipes it).`);
  // The twin bundled its Data API thread and compiled its resolvers with esbuild while it started; esbuild's
  // service (a process of its own holding a few hundred megabytes) and its sync worker thread would
  // otherwise stay for as long as the twin runs. A later esbuild call starts them again.
  await (await import('esbuild')).stop();
} catch (error) {
  releaseStateDir(stateDir);
  console.error(`\nThe twin could not start: ${(error as Error).message}`);
  // A build's own exit code (1 for a refused resolver or app) is npm start's.
  if (error instanceof BuildError) process.exit(error.exitCode);
  if (portInUse(error)) {
    const other = args.port > 0 && args.port + 100 <= 65_528 ? args.port + 100 : 0;
    console.error(
      `Choose another base port: npm start -- --port ${other} (the twin takes it and the next 7), ` +
        'or --port 0 for free ones.',
    );
  }
  process.exit(1);
}

/** Whether `error`, or an error it was caused by, is a port another process holds. */
function portInUse(error: unknown): boolean {
  for (let cause = error; cause instanceof Error; cause = cause.cause) {
    if ((cause as NodeJS.ErrnoException).code === 'EADDRINUSE' || /already in use/.test(cause.message))
      return true;
  }
  return false;
}
