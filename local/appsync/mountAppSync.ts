import path from 'node:path';
import type { StackDescription } from '../../infra/description.js';
import { bundleResolvers } from '../../infra/bundleResolvers.js';
import { resolverFiles } from '../../infra/resolverFiles.js';
import type { CognitoTwin } from '../cognito/index.js';
import type { FrontService } from '../front/startFront.js';
import type { LambdaService } from '../lambda/index.js';
import type { LocalService } from '../LocalService.js';
import { consoleHandler } from './console/index.js';
import { createAppSync } from './createAppSync.js';
import type { AppSyncTwin } from './createAppSync.js';
import { createRealtime } from './realtime/index.js';
import type { RealtimeService, RealtimeSettings } from './realtime/index.js';

export interface AppSyncMountOptions {
  readonly description: StackDescription;
  readonly rootDir: string;
  /** The resolver bundles (`build/resolvers`); absent: bundled here into `<stateDir>/resolvers`. */
  readonly resolverBuildDir?: string;
  readonly stateDir: string;
  readonly region: string;
  readonly accountId: string;
  readonly apiKey: string;
  readonly front: FrontService;
  readonly cognito: CognitoTwin;
  readonly dynamodbEndpoint: string;
  readonly lambda: LambdaService;
  readonly realtime?: RealtimeSettings;
  /** A built GraphQL console to serve at `/console`. */
  readonly consoleDir?: string;
  readonly log: (line: string) => void;
}

export interface MountedAppSync {
  readonly appsync: AppSyncTwin;
  readonly realtime: RealtimeService;
  readonly graphqlUrl: string;
  /** What to stop with the twin, in the order of start. */
  readonly services: readonly LocalService[];
}

/**
 * The AppSync twin on the front (base port): `/graphql` with the description's resolvers (bundled first
 * when no build is given) over the twin's DynamoDB tables and Lambda functions, Cognito's pool for user
 * tokens, the real-time endpoint at `/graphql/realtime`, and the console at `/console` when built.
 */
export async function mountAppSync(options: AppSyncMountOptions): Promise<MountedAppSync> {
  const { front, cognito, lambda } = options;
  const resolverBuildDir = options.resolverBuildDir ?? path.join(options.stateDir, 'resolvers');
  if (!options.resolverBuildDir) {
    await bundleResolvers(resolverFiles(options.description), {
      rootDir: options.rootDir,
      outDir: resolverBuildDir,
    });
  }
  const graphqlUrl = `${front.endpoint}/graphql`;
  const appsync = createAppSync({
    description: options.description,
    resolverBuildDir,
    region: options.region,
    accountId: options.accountId,
    apiKey: options.apiKey,
    userPool: { issuer: cognito.issuer, jwksUrl: cognito.jwksUrl, clientIds: [cognito.userPoolClientId] },
    dynamodbEndpoint: options.dynamodbEndpoint,
    invokeFunction: (name, event, invokeOptions) => lambda.invoke(name, event, invokeOptions),
    log: options.log,
  });
  const graphql: LocalService = {
    name: 'appsync',
    endpoint: graphqlUrl,
    stop: () => Promise.resolve(appsync.close()),
  };
  front.mount((request, response) => appsync.handle(request, response));
  const realtime = createRealtime({
    appsync,
    front,
    log: options.log,
    ...(options.realtime ? { settings: options.realtime } : {}),
  });
  options.log(`${'realtime'.padEnd(10)} ${realtime.endpoint}`);
  if (options.consoleDir)
    front.mount(consoleHandler({ outDir: options.consoleDir, configUrl: '/config.json' }));
  return { appsync, realtime, graphqlUrl, services: [graphql, realtime] };
}
