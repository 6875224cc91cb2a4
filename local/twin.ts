import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ClientConfig } from '../infra/clientConfig.js';
import type { StackDescription } from '../infra/description.js';
import { functionEnvironment } from '../infra/environment.js';
import { bundleResolvers } from '../infra/bundleResolvers.js';
import { resolverFiles } from '../infra/resolverFiles.js';
import { consoleHandler } from './appsync/console/index.js';
import { createAppSync } from './appsync/createAppSync.js';
import type { AppSyncTwin } from './appsync/createAppSync.js';
import { createRealtime } from './appsync/realtime/index.js';
import type { RealtimeService, RealtimeSettings } from './appsync/realtime/index.js';
import { ensureUser, startCognito } from './cognito/index.js';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { RDSDataClient } from '@aws-sdk/client-rds-data';
import { putProfile } from '../functions/postConfirmation/putProfile.js';
import { demoCatalog, seedCatalog } from './seed/index.js';
import { productImageHandler } from './web/productImageHandler.js';
import { staticSiteHandler } from './web/staticSiteHandler.js';
import { startDynamoDb } from './dynamodb/index.js';
import { startFront } from './front/startFront.js';
import type { FrontService } from './front/startFront.js';
import { startLambda } from './lambda/index.js';
import type { LocalService } from './LocalService.js';
import { startRdsData } from './rdsData/index.js';
import { startScheduler } from './scheduler/index.js';
import { startSes } from './ses/startSes.js';
import { startSqsSns } from './sqs/startSqsSns.js';
import { prepareStateDir } from './stateDir.js';

/** Offsets from the base port, in start-up order after the front (the base port itself). */
export const PORT_OFFSETS = {
  twin: 0,
  dynamodb: 1,
  'rds-data': 2,
  lambda: 3,
  'sqs/sns': 4,
  ses: 5,
  cognito: 6,
  scheduler: 7,
} as const;

export type ServiceName = keyof typeof PORT_OFFSETS;

export interface TwinOptions {
  readonly description: StackDescription;
  /** The repository root (function entries and migrations are relative to it). */
  readonly rootDir: string;
  /** Base port; the services take the next seven. 0 gives every service a free port. */
  readonly port: number;
  readonly stateDir: string;
  /** `mysql://...`: the Data API twin runs on MySQL/MariaDB instead of SQLite. */
  readonly databaseUrl?: string;
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
  readonly log?: (line: string) => void;
}

export interface DemoUser {
  readonly email: string;
  readonly password: string;
  readonly name?: string;
  readonly groups?: readonly string[];
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
  /** The base URL: `/health`, `/config.json`, the start page (and later `/graphql`). */
  readonly url: string;
  readonly config: LocalClientConfig;
  /** The `AWS_ENDPOINT_URL_*`, region and credential variables that point the AWS SDK at the twin. */
  readonly awsEnvironment: Readonly<Record<string, string>>;
  readonly services: {
    readonly dynamodb: Awaited<ReturnType<typeof startDynamoDb>>;
    readonly rdsData: Awaited<ReturnType<typeof startRdsData>>;
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
  /** Stops every service, in the reverse order of start. Idempotent. */
  stop(): Promise<void>;
}

/** The account id in every local ARN (fauxqs uses the same). */
export const LOCAL_ACCOUNT_ID = '000000000000';

/**
 * Starts the local twin of every AWS service the stack description uses, in one process, each on its
 * port, with its state under `stateDir`; resolves once all of them answer. On a failure it stops what it
 * started and rejects with the reason (a taken port, an unwritable folder, an unreachable database).
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
    options.port === 0 ? 0 : options.port + PORT_OFFSETS[service];
  const dirOf = (service: string): string => path.join(stateDir, service);
  const common = { region, accountId, log };

  const started: LocalService[] = [];
  const front = await startFront(portOf('twin'));
  started.push(front);
  for (const service of Object.keys(PORT_OFFSETS) as ServiceName[]) front.setState(service, 'starting');
  const track = async <T extends LocalService>(service: ServiceName, start: () => Promise<T>): Promise<T> => {
    front.setState(service, 'starting');
    try {
      const running = await start();
      started.push(running);
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
    const ses = await track('ses', () =>
      startSes({ ...common, port: portOf('ses'), stateDir: dirOf('ses') }),
    );
    const sesClient = new SESv2Client({ endpoint: ses.endpoint, region, credentials: LOCAL_CREDENTIALS });
    const sendEmail = async (
      to: string,
      subject: string,
      text: string,
      from = senderEmail,
    ): Promise<void> => {
      await sesClient.send(
        new SendEmailCommand({
          FromEmailAddress: from,
          Destination: { ToAddresses: [to] },
          Content: { Simple: { Subject: { Data: subject }, Body: { Text: { Data: text } } } },
        }),
      );
    };

    const sqsSns = await track('sqs/sns', () =>
      startSqsSns({
        ...common,
        port: portOf('sqs/sns'),
        stateDir: dirOf('sqs'),
        queues: description.queues,
        topics: description.topics,
        context: { adminEmail },
        sendEmail: (to, subject, text) => sendEmail(to, subject, text, 'no-reply@sns.amazonaws.com'),
      }),
    );
    const dynamodb = await track('dynamodb', () =>
      startDynamoDb({
        ...common,
        port: portOf('dynamodb'),
        stateDir: dirOf('dynamodb'),
        tables: description.tables,
      }),
    );
    const database = {
      clusterArn: `arn:aws:rds:${region}:${accountId}:cluster:shopsync-local`,
      secretArn: `arn:aws:secretsmanager:${region}:${accountId}:secret:shopsync-local-db`,
      name: description.database.name,
    };
    const rdsData = await track('rds-data', () =>
      startRdsData({
        ...common,
        port: portOf('rds-data'),
        stateDir: dirOf('rds-data'),
        ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
        database: database.name,
        clusterArn: database.clusterArn,
        secretArn: database.secretArn,
        migrationsDir: path.join(options.rootDir, description.database.migrationsDir),
      }),
    );

    // Cognito calls the post-confirmation function, which runs in the Lambda twin started after it
    // (the functions' environment names Cognito's endpoint); the trigger fires only once both run.
    const lambdaRef: { current?: Awaited<ReturnType<typeof startLambda>> } = {};
    const postConfirmation = Object.entries(description.functions).find(([, spec]) =>
      (spec.triggers ?? []).some(
        (trigger) => trigger.kind === 'cognito' && trigger.trigger === 'postConfirmation',
      ),
    )?.[0];
    const cognito = await track('cognito', () =>
      startCognito({
        ...common,
        port: portOf('cognito'),
        stateDir: dirOf('cognito'),
        deliverCode: (email, code, purpose) =>
          purpose === 'AdminCreateUser'
            ? sendEmail(email, 'Your ShopSync account', `Your temporary ShopSync password is ${code}`)
            : purpose === 'ForgotPassword'
              ? sendEmail(
                  email,
                  'Reset your ShopSync password',
                  `Your ShopSync password reset code is ${code}`,
                )
              : sendEmail(
                  email,
                  'Your ShopSync verification code',
                  `Your ShopSync verification code is ${code}`,
                ),
        invokeTrigger: async (_trigger, event) => {
          if (!postConfirmation || !lambdaRef.current) return event;
          const result = await lambdaRef.current.invoke(postConfirmation, event);
          if (result.functionError)
            throw new Error(`${postConfirmation} failed: ${JSON.stringify(result.payload)}`);
          return result.payload;
        },
      }),
    );

    const endpoints: Record<ServiceName, string> = {
      twin: front.endpoint,
      dynamodb: dynamodb.endpoint,
      'rds-data': rdsData.endpoint,
      lambda: '',
      'sqs/sns': sqsSns.endpoint,
      ses: ses.endpoint,
      cognito: cognito.endpoint,
      scheduler: '',
    };
    const graphqlUrl = `${front.endpoint}/graphql`;
    const awsEnvironment = (): Record<string, string> => ({
      AWS_REGION: region,
      AWS_DEFAULT_REGION: region,
      AWS_ACCESS_KEY_ID: LOCAL_CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: LOCAL_CREDENTIALS.secretAccessKey,
      // Functions run on Node 22 on AWS; the twin runs them on the local Node, with the SDK the lockfile pins.
      AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      AWS_ENDPOINT_URL_DYNAMODB: endpoints.dynamodb,
      AWS_ENDPOINT_URL_RDS_DATA: endpoints['rds-data'],
      AWS_ENDPOINT_URL_SQS: endpoints['sqs/sns'],
      AWS_ENDPOINT_URL_SNS: endpoints['sqs/sns'],
      AWS_ENDPOINT_URL_SESV2: endpoints.ses,
      AWS_ENDPOINT_URL_SES: endpoints.ses,
      AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: endpoints.cognito,
      ...(endpoints.lambda ? { AWS_ENDPOINT_URL_LAMBDA: endpoints.lambda } : {}),
      ...(endpoints.scheduler ? { AWS_ENDPOINT_URL_SCHEDULER: endpoints.scheduler } : {}),
    });

    const lambda = await track('lambda', () =>
      startLambda({
        ...common,
        port: portOf('lambda'),
        stateDir: dirOf('lambda'),
        rootDir: options.rootDir,
        functions: description.functions,
        queueUrl: (queue) => sqsSns.queueUrl(queue),
        sqsEndpoint: sqsSns.endpoint,
        environment: (name) => ({
          ...awsEnvironment(),
          ...functionEnvironment(description.functions[name]!, {
            tableName: (table) => table,
            queueUrl: (queue) => sqsSns.queueUrl(queue),
            topicArn: (topic) => sqsSns.topicArn(topic),
            database: () => database,
            mailFrom: () => senderEmail,
            graphqlUrl: () => graphqlUrl,
          }),
        }),
      }),
    );
    lambdaRef.current = lambda;
    endpoints.lambda = lambda.endpoint;
    const running = lambda;
    const scheduler = await track('scheduler', () =>
      startScheduler({
        ...common,
        port: portOf('scheduler'),
        stateDir: dirOf('scheduler'),
        schedules: description.schedules,
        functionArn: (name) => running.functionArn(name),
        invoke: async (functionName, input) => {
          const result = await running.invoke(functionName, input);
          if (result.functionError)
            throw new Error(`${functionName} failed: ${JSON.stringify(result.payload)}`);
        },
      }),
    );
    endpoints.scheduler = scheduler.endpoint;

    const resolverBuildDir = options.resolverBuildDir ?? path.join(stateDir, 'resolvers');
    if (!options.resolverBuildDir) {
      await bundleResolvers(resolverFiles(description), {
        rootDir: options.rootDir,
        outDir: resolverBuildDir,
      });
    }
    const appsync = createAppSync({
      description,
      resolverBuildDir,
      region,
      accountId,
      apiKey: settings.apiKey,
      userPool: { issuer: cognito.issuer, jwksUrl: cognito.jwksUrl, clientIds: [cognito.userPoolClientId] },
      dynamodbEndpoint: dynamodb.endpoint,
      invokeFunction: (name, event, invokeOptions) => running.invoke(name, event, invokeOptions),
    });
    started.push({ name: 'appsync', endpoint: graphqlUrl, stop: () => Promise.resolve(appsync.close()) });
    front.mount((request, response) => appsync.handle(request, response));
    const realtime = createRealtime({
      appsync,
      front,
      log,
      ...(options.realtime ? { settings: options.realtime } : {}),
    });
    started.push(realtime);
    log(`${'realtime'.padEnd(10)} ${realtime.endpoint}`);
    if (options.consoleDir)
      front.mount(consoleHandler({ outDir: options.consoleDir, configUrl: '/config.json' }));
    if (options.seed) {
      const products = demoCatalog(front.endpoint);
      front.mount(productImageHandler(products));
      const rds = new RDSDataClient({ endpoint: rdsData.endpoint, region, credentials: LOCAL_CREDENTIALS });
      const target = {
        resourceArn: database.clusterArn,
        secretArn: database.secretArn,
        database: database.name,
      };
      const seeded = await seedCatalog(rds, target, { imageBaseUrl: front.endpoint, products }).finally(() =>
        rds.destroy(),
      );
      if (seeded > 0) log(`${'seed'.padEnd(10)} ${seeded} demo products`);
    }
    for (const user of Object.values(options.demoUsers ?? {})) {
      await ensureDemoUser(cognito, dynamodb.endpoint, region, user);
    }
    if (options.appDir) front.mount(staticSiteHandler(options.appDir));
    log(`${'appsync'.padEnd(10)} ${graphqlUrl}`);

    const config: LocalClientConfig = {
      region,
      graphqlUrl,
      realtimeUrl: realtime.endpoint,
      apiKey: settings.apiKey,
      userPoolId: cognito.userPoolId,
      userPoolClientId: cognito.userPoolClientId,
      authFlow: 'USER_PASSWORD_AUTH',
      userPoolEndpoint: cognito.endpoint,
      mailboxUrl: ses.mailboxUrl,
      services: { ...endpoints },
    };
    front.setConfig(config);
    front.setState('twin', 'ready', front.endpoint);

    let stopped = false;
    return {
      front,
      url: front.endpoint,
      config,
      awsEnvironment: awsEnvironment(),
      services: { dynamodb, rdsData, lambda, sqsSns, ses, cognito, scheduler },
      appsync,
      realtime,
      stop: async () => {
        if (stopped) return;
        stopped = true;
        sesClient.destroy();
        await stopAll();
      },
    };
  } catch (error) {
    await stopAll();
    throw error;
  }
}

const LOCAL_CREDENTIALS = { accessKeyId: 'local', secretAccessKey: 'local' } as const;

/**
 * Creates a demo account (confirmed, permanent password, groups) and, when it is new, its profile: an
 * account an admin creates gets no post-confirmation trigger on AWS either, so the profile is written here.
 */
async function ensureDemoUser(
  cognito: Awaited<ReturnType<typeof startCognito>>,
  dynamodbEndpoint: string,
  region: string,
  user: DemoUser,
): Promise<void> {
  const { sub, created } = await ensureUser(cognito, {
    email: user.email,
    password: user.password,
    groups: [...(user.groups ?? [])],
  });
  if (!created) return;
  const client = new DynamoDBClient({ endpoint: dynamodbEndpoint, region, credentials: LOCAL_CREDENTIALS });
  try {
    await putProfile(client, 'users', {
      id: sub,
      email: user.email,
      ...(user.name ? { name: user.name } : {}),
      createdAt: new Date().toISOString(),
    });
  } finally {
    client.destroy();
  }
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
