/**
 * `npm start`: boots the local twin of every AWS service ShopSync uses and keeps it running until
 * Ctrl-C. Options: `--port <base>` (or SHOPSYNC_PORT; default 4000, 0 for free ports), `--state <dir>`
 * (or SHOPSYNC_STATE; default .shopsync), and DATABASE_URL=mysql://... to run the Data API on MySQL.
 */
import { build } from 'vite';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { RESOLVER_BUILD_DIR, ROOT_DIR } from '../infra/paths.js';
import { shop } from '../infra/shop.js';
import { bundleResolvers } from '../infra/bundleResolvers.js';
import { resolverFiles } from '../infra/resolverFiles.js';
import { buildConsole } from './appsync/console/index.js';
import { startTwin } from './twin.js';

// The lockfile pins AWS SDK versions that support Node 20 (see README); the SDK's notice says nothing new.
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED ??= 'true';

const { values } = parseArgs({
  options: {
    port: { type: 'string' },
    state: { type: 'string' },
    'shopper-email': { type: 'string' },
    'shopper-password': { type: 'string' },
    'admin-email': { type: 'string' },
    'admin-password': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (values.help) {
  console.log(
    'Usage: npm start -- [--port <base port, default 4000>] [--state <folder, default .shopsync>]\n' +
      '  [--shopper-email E] [--shopper-password P] [--admin-email E] [--admin-password P]\n' +
      '  (or SHOPSYNC_SHOPPER_EMAIL, SHOPSYNC_SHOPPER_PASSWORD, SHOPSYNC_ADMIN_EMAIL, SHOPSYNC_ADMIN_PASSWORD)',
  );
  process.exit(0);
}

const portText = values.port ?? process.env.SHOPSYNC_PORT ?? '4000';
const port = Number(portText);
if (!Number.isInteger(port) || port < 0 || port > 65_528) {
  console.error(
    `--port must be a whole number from 0 to 65528 (the services take the next 7), not "${portText}"`,
  );
  process.exit(2);
}
/** The demo accounts of a fresh state folder; documented in the README, replaceable by flags or env. */
const demoUsers = {
  shopper: {
    email: values['shopper-email'] ?? process.env.SHOPSYNC_SHOPPER_EMAIL ?? 'shopper@shopsync.local',
    password: values['shopper-password'] ?? process.env.SHOPSYNC_SHOPPER_PASSWORD ?? 'Shopper-Demo-2026!',
    name: 'Demo Shopper',
  },
  admin: {
    email: values['admin-email'] ?? process.env.SHOPSYNC_ADMIN_EMAIL ?? 'admin@shopsync.local',
    password: values['admin-password'] ?? process.env.SHOPSYNC_ADMIN_PASSWORD ?? 'Admin-Demo-2026!',
    name: 'Demo Admin',
    groups: ['admins'],
  },
};
const APP_DIST_DIR = path.join(ROOT_DIR, 'app', 'dist');
const stateDir = path.resolve(values.state ?? process.env.SHOPSYNC_STATE ?? path.join(ROOT_DIR, '.shopsync'));

console.log(`Starting the ShopSync local twin (state in ${path.relative(process.cwd(), stateDir) || '.'})`);
try {
  // The same bundles CDK deploys (`npm run build` also lints them).
  await bundleResolvers(resolverFiles(shop), { rootDir: ROOT_DIR, outDir: RESOLVER_BUILD_DIR });
  const consoleDir = path.join(ROOT_DIR, 'build', 'console');
  await buildConsole(consoleDir);
  // The shop app, as `npm run build:app` builds it for CloudFront.
  await build({
    configFile: path.join(ROOT_DIR, 'app', 'vite.config.ts'),
    logLevel: 'warn',
    mode: 'production',
  });
  const twin = await startTwin({
    resolverBuildDir: RESOLVER_BUILD_DIR,
    consoleDir,
    seed: true,
    demoUsers,
    appDir: APP_DIST_DIR,
    description: shop,
    rootDir: ROOT_DIR,
    port,
    stateDir,
    ...(process.env.DATABASE_URL ? { databaseUrl: process.env.DATABASE_URL } : {}),
    log: (line) => console.log(`  ${line}`),
  });
  console.log(`
Shop:    ${twin.url}/
Twin:    ${twin.url}/_twin  (health: ${twin.url}/health, client configuration: ${twin.url}/config.json)
Mailbox: ${twin.config.mailboxUrl}
Shopper: ${demoUsers.shopper.email} / ${demoUsers.shopper.password}
Admin:   ${demoUsers.admin.email} / ${demoUsers.admin.password}

GraphQL: ${twin.config.graphqlUrl}  (API key ${twin.config.apiKey})
Console: ${twin.url}/console
Ctrl-C stops the twin; its state stays in the state folder (npm run reset wipes it).`);

  let stopping = false;
  const stop = (): void => {
    if (stopping) return;
    stopping = true;
    console.log('\nStopping...');
    twin.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error(error);
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
} catch (error) {
  console.error(`\nThe twin could not start: ${(error as Error).message}`);
  process.exit(1);
}
