import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ClientConfig } from '../infra/clientConfig.js';
import type { StackDescription } from '../infra/description.js';
import { functionEnvironment } from '../infra/environment.js';
import { mountAppSync } from './appsync/mountAppSync.js';
import type { AppSyncTwin } from './appsync/createAppSync.js';
import type { RealtimeService, RealtimeSettings } from './appsync/realtime/index.js';
import { awsEnvironment } from './awsEnvironment.js';
import { codeEmail, startCognito } from './cognito/index.js';
import { startDynamoDb } from './dynamodb/index.js';
import { startFront } from './front/startFront.js';
import type { FrontService } from './front/startFront.js';
import { twinCertificate } from './front/twinCertificate.js';
import { startLambda } from './lambda/index.js';
import type { LambdaOptions } from './lambda/index.js';
import type { LocalService } from './LocalService.js';
import { LOCAL_ACCOUNT_ID } from './localAws.js';
import { createMailer } from './mail/createMailer.js';
import { startRdsDataThread } from './rdsData/index.js';
import type { RdsDataService } from './rdsData/index.js';
import { startScheduler } from './scheduler/index.js';
import { ensureDemoUsers, seedDemoCatalog } from './seed/index.js';
import type { DemoTarget, DemoUser } from './seed/index.js';
import { startSes } from './ses/startSes.js';
import { startSqsSns } from './sqs/startSqsSns.js';
import { prepareStateDir } from './stateDir.js';
import { twinMetrics } from './twinMetrics.js';
import { SERVICE_NAMES, TWIN_SERVICES } from './twinServices.js';
import type { ServiceName } from './twinServices.js';
import { productImageHandler } from './web/productImageHandler.js';
import { staticSiteHandler } from './web/staticSiteHandler.js';

export { LOCAL_ACCOUNT_ID } from './localAws.js';
export type { DemoUser } from './seed/index.js';
export type { ServiceName } from './twinServices.js';
export type { TwinMetrics } from './twinMetrics.js';

export interface TwinOptions {
  readonly description: StackDescription;
  /** The repository root (function entries and migrations are relative to it). */
  readonly rootDir: string;
  /** Base port; the services take the next seven. 0 gives every service a free port. */
  readonly port: number;
  readonly stateDir: string;
  /** `mysql://...`: the Data API twin runs on MySQL/MariaDB instead of SQLite. */
  readonly databaseUrl?: string;
  /** Workers per function at most (`startLambda`'s `concurrency`): one number, or per function name. */
  readonly lambdaConcurrency?: LambdaOptions['concurrency'];
  readonly region?: string;
  /** Where order and stock emails come from (the SES sender identity on AWS). */
  readonly senderEmail?: string;
  /** Receives the daily report and alarms (the `adminEmail` context parameter on AWS). */
  readonly adminEmail?: string;
  /**
   * Where the resolver bundles are (`npm run build` writes `build/resolvers`, the files CDK deploys).
   * Absent: the twin bundles the description's resolvers itself into `<stateDir>/resolvers`.
   */
  readonly resolverBuildDir?: string;
  /**
   * The functions as `bundleLambda` built them (`npm start`'s build), copied into the state folder and
   * run as they are. Absent: the twin bundles each function of the description itself at start.
   */
  readonly lambdaBuildDir?: string;
  /** A built GraphQL console (`buildConsole`) to serve at `/console`; none when absent. */
  readonly consoleDir?: string;
  /** The built shop app (`app/dist`) to serve at `/`; the twin's start page stays at `/_twin`. */
  readonly appDir?: string;
  /** Seed the demo catalog when the products table is empty, and serve its pictures at `/images/`. */
  readonly seed?: boolean;
  /** Accounts to create (confirmed, with a profile) at start when they do not exist yet. */
  readonly demoUsers?: Readonly<Record<string, DemoUser>>;
  /** The real-time endpoint's timers and limits; AppSync's figures when absent (`REALTIME_DEFAULTS`). */
  readonly realtime?: RealtimeSettings;
  /**
   * Serve the base port over TLS as well (`npm start -- --https`), with the certificate kept in
   * `<stateDir>/tls` (`twinCertificate`): `url`, the GraphQL URL and the real-time URL are then
   * `https://` and `wss://`, for clients that accept nothing else (Amplify's `generateClient`).
   */
  readonly https?: boolean;
  readonly log?: (line: string) => void;
}

/** The local client configuration: what CDK deploys as `config.json`, plus every service endpoint. */
export interface LocalClientConfig extends ClientConfig {
  readonly userPoolEndpoint: string;
  readonly mailboxUrl: string;
  readonly services: Readonly<Record<ServiceName, string>>;
}

export interface Twin {
  /** The twin's front (base port): other handlers, such as the real-time endpoint, mount on it. */
  readonly front: FrontService;
  /**
   * The base URL: `/health`, `/config.json`, `/_twin/metrics` (`TwinMetrics`), the start page, `/graphql`
   * and `/graphql/realtime`.
   */
  readonly url: string;
  readonly config: LocalClientConfig;
  /** The `AWS_ENDPOINT_URL_*`, region and credential variables that point the AWS SDK at the twin. */
  readonly awsEnvironment: Readonly<Record<string, string>>;
  readonly services: {
    readonly dynamodb: Awaited<ReturnType<typeof startDynamoDb>>;
    readonly rdsData: RdsDataService;
    readonly lambda: Awaited<ReturnType<typeof startLambda>>;
    readonly sqsSns: Awaited<ReturnType<typeof startSqsSns>>;
    readonly ses: Awaited<ReturnType<typeof startSes>>;
    readonly cognito: Awaited<ReturnType<typeof startCognito>>;
    readonly scheduler: Awaited<ReturnType<typeof startScheduler>>;
  };
  /** The AppSync twin behind `/graphql`; `execute` runs a request in-process. */
  readonly appsync: AppSyncTwin;
  /** AppSync's real-time endpoint at `config.realtimeUrl` (`/graphql/realtime` on the base port). */
  readonly realtime: RealtimeService;
  /** With `https`: the certificate (PEM) the base port serves, which clients are to trust. */
  readonly certificateFile?: string;
  /** Stops every service, in the reverse order of start. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Starts the local twin of every AWS service the stack description uses, in one process, each on its
 * port, with its state under `stateDir`; resolves once all of them answer. On a failure it stops what it
 * started and rejects with the reason (a taken port, an unwritable folder, an unreachable database).
 *
 * Each service starts after the ones it calls: Lambda functions reach the others through the AWS
 * environment, read at each cold start (so they see every service once the twin is up); Cognito calls
 * the post-confirmation function; the Scheduler calls functions; AppSync calls tables and functions.
 */
export async function startTwin(options: TwinOptions): Promise<Twin> {
  const { description, stateDir } = options;
  const region = options.region ?? 'us-east-1';
  const accountId = LOCAL_ACCOUNT_ID;
  const log = options.log ?? (() => undefined);
  const senderEmail = options.senderEmail ?? 'shop@shopsync.local';
  const adminEmail = options.adminEmail ?? 'admin@shopsync.local';
  prepareStateDir(stateDir);
  const settings = twinSettings(stateDir);
  const portOf = (service: ServiceName): number =>
    options.port === 0 ? 0 : options.port + TWIN_SERVICES[service].offset;
  const common = { region, accountId, log };
  const place = (service: ServiceName, folder: string = service) => ({
    ...common,
    port: portOf(service),
    stateDir: path.join(stateDir, folder),
  });

  const started: LocalService[] = [];
  const endpoints: Partial<Record<ServiceName, string>> = {};
  const certificate = options.https ? await twinCertificate(path.join(stateDir, 'tls')) : undefined;
  const front = await startFront(portOf('twin'), certificate ? { tls: certificate } : {});
  started.push(front);
  for (const service of SERVICE_NAMES) front.setState(service, 'starting');
  const track = async <T extends LocalService>(service: ServiceName, start: () => Promise<T>): Promise<T> => {
    try {
      const running = await start();
      started.push(running);
      endpoints[service] = running.endpoint;
      front.setState(service, 'ready', running.endpoint);
      log(`${service.padEnd(10)} ${running.endpoint}`);
      return running;
    } catch (error) {
      front.setState(service, 'failed');
      throw error;
    }
  };
  const stopAll = async (): Promise<void> => {
    for (const service of started.reverse())
      await service.stop().catch((error: Error) => log(`stop: ${error.message}`));
    started.length = 0;
  };

  try {
    const ses = await track('ses', () => startSes(place('ses')));
    const mailer = createMailer({ endpoint: ses.endpoint, region, defaultFrom: senderEmail });
    started.push({ name: 'mailer', endpoint: ses.endpoint, stop: () => Promise.resolve(mailer.destroy()) });
    const sqsSns = await track('sqs/sns', () =>
      startSqsSns({
        ...place('sqs/sns', 'sqs'),
        queues: description.queues,
        topics: description.topics,
        context: { adminEmail },
        sendEmail: (to, subject, text) => mailer.send(to, subject, text, 'no-reply@sns.amazonaws.com'),
      }),
    );
    const dynamodb = await track('dynamodb', () =>
      startDynamoDb({ ...place('dynamodb'), tables: description.tables }),
    );
    const database = {
      clusterArn: `arn:aws:rds:${region}:${accountId}:cluster:shopsync-local`,
      secretArn: `arn:aws:secretsmanager:${region}:${accountId}:secret:shopsync-local-db`,
      name: description.database.name,
    };
    const rdsData = await track('rds-data', () =>
      startRdsDataThread({
        ...place('rds-data'),
        ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
        database: database.name,
        clusterArn: database.clusterArn,
        secretArn: database.secretArn,
        migrationsDir: path.join(options.rootDir, description.database.migrationsDir),
      }),
    );
    const graphqlUrl = `${front.endpoint}/graphql`;
    const lambda = await track('lambda', () =>
      startLambda({
        ...place('lambda'),
        rootDir: options.rootDir,
        functions: description.functions,
        ...(options.lambdaConcurrency === undefined ? {} : { concurrency: options.lambdaConcurrency }),
        ...(options.lambdaBuildDir ? { builtDir: options.lambdaBuildDir } : {}),
        queueUrl: (queue) => sqsSns.queueUrl(queue),
        sqsEndpoint: sqsSns.endpoint,
        environment: (name) => ({
          ...awsEnvironment(region, endpoints),
          ...functionEnvironment(description.functions[name]!, {
            tableName: (table) => table,
            queueUrl: (queue) => sqsSns.queueUrl(queue),
            topicArn: (topic) => sqsSns.topicArn(topic),
            database: () => database,
            mailFrom: () => senderEmail,
            adminEmail: () => adminEmail,
            // Plain HTTP on the same port: the functions' Node does not trust the twin's certificate.
            graphqlUrl: () => `${front.httpEndpoint}/graphql`,
          }),
        }),
      }),
    );
    const postConfirmation = functionTriggeredBy(description, 'postConfirmation');
    const cognito = await track('cognito', () =>
      startCognito({
        ...place('cognito'),
        userPool: description.userPool,
        corsOrigins: [...new Set([front.endpoint, front.httpEndpoint])],
        deliverCode: (email, code, purpose) => {
          const { subject, text } = codeEmail(purpose, code);
          return mailer.send(email, subject, text);
        },
        ...(postConfirmation && {
          invokeTrigger: async (_trigger, event) => {
            const result = await lambda.invoke(postConfirmation, event);
            if (result.functionError)
              throw new Error(`${postConfirmation} failed: ${JSON.stringify(result.payload)}`);
            return result.payload;
          },
        }),
      }),
    );
    const scheduler = await track('scheduler', () =>
      startScheduler({
        ...place('scheduler'),
        schedules: description.schedules,
        functionArn: (name) => lambda.functionArn(name),
        invoke: async (functionName, input) => {
          const result = await lambda.invoke(functionName, input);
          if (result.functionError)
            throw new Error(`${functionName} failed: ${JSON.stringify(result.payload)}`);
        },
      }),
    );

    const mounted = await mountAppSync({
      ...common,
      description,
      rootDir: options.rootDir,
      stateDir,
      ...(options.resolverBuildDir ? { resolverBuildDir: options.resolverBuildDir } : {}),
      ...(options.realtime ? { realtime: options.realtime } : {}),
      ...(options.consoleDir ? { consoleDir: options.consoleDir } : {}),
      apiKey: settings.apiKey,
      front,
      cognito,
      dynamodbEndpoint: dynamodb.endpoint,
      lambda,
    });
    started.push(...mounted.services);

    const demo: DemoTarget = {
      region,
      rdsDataEndpoint: rdsData.endpoint,
      database,
      dynamodbEndpoint: dynamodb.endpoint,
      cognito,
      log,
    };
    if (options.seed) front.mount(productImageHandler(await seedDemoCatalog(demo, front.endpoint)));
    await ensureDemoUsers(demo, description, Object.values(options.demoUsers ?? {}));
    if (options.appDir) front.mount(staticSiteHandler(options.appDir));
    log(`${'appsync'.padEnd(10)} ${graphqlUrl}`);

    const config: LocalClientConfig = {
      region,
      graphqlUrl,
      realtimeUrl: mounted.realtime.endpoint,
      apiKey: settings.apiKey,
      userPoolId: cognito.userPoolId,
      userPoolClientId: cognito.userPoolClientId,
      authFlow: 'USER_PASSWORD_AUTH',
      currency: description.settings.currency,
      timeZone: description.settings.timeZone,
      userPoolEndpoint: cognito.endpoint,
      mailboxUrl: ses.mailboxUrl,
      services: { twin: front.endpoint, ...endpoints } as Record<ServiceName, string>,
    };
    front.setConfig(config);
    const functionNames = Object.keys(description.functions);
    front.setMetrics(() => twinMetrics(functionNames, lambda, rdsData));
    front.setState('twin', 'ready', front.endpoint);

    let stopping: Promise<void> | undefined;
    return {
      front,
      url: front.endpoint,
      config,
      awsEnvironment: awsEnvironment(region, endpoints),
      services: { dynamodb, rdsData, lambda, sqsSns, ses, cognito, scheduler },
      appsync: mounted.appsync,
      realtime: mounted.realtime,
      ...(certificate ? { certificateFile: certificate.certFile } : {}),
      stop: () => (stopping ??= stopAll()),
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

/** The function the description triggers on a Cognito event, if any. */
function functionTriggeredBy(description: StackDescription, trigger: 'postConfirmation'): string | undefined {
  return Object.entries(description.functions).find(([, spec]) =>
    (spec.triggers ?? []).some((candidate) => candidate.kind === 'cognito' && candidate.trigger === trigger),
  )?.[0];
}

/** Values the twin generates once and keeps: the API key apps use. */
function twinSettings(stateDir: string): { readonly apiKey: string } {
  const file = path.join(stateDir, 'twin.json');
  if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')) as { apiKey: string };
  // AppSync API keys look like `da2-` and 26 lowercase letters and digits.
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const apiKey = `da2-${[...randomBytes(26)].map((byte) => alphabet[byte % alphabet.length]).join('')}`;
  writeFileSync(file, JSON.stringify({ apiKey }, null, 2));
  return { apiKey };
}
