import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import type { GraphQLSchema } from 'graphql';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { StackDescription } from '../../infra/description.js';
import { AwsError } from '../AwsError.js';
import { authenticateRequest, callerOf, fieldAuthTable, isAuthorized } from './auth/index.js';
import type { ApiAuthModes, AuthConfig, AuthRequest, AuthResult } from './auth/index.js';
import { executeDynamoDbRequest } from './dataSources/dynamodb/index.js';
import { createLambdaDataSource } from './dataSources/lambdaDataSource.js';
import type { InvokeFunction } from './dataSources/lambdaDataSource.js';
import { createEngine } from './execution/createEngine.js';
import type { PublishedMutation, RequestAuth } from './execution/createEngine.js';
import { loadResolvers } from './execution/loadResolvers.js';
import { graphqlHandler } from './http/graphqlHandler.js';
import { runtimeScript } from './runtime/runtimeScript.js';
import { buildTwinSchema } from './schema/index.js';
import { LOCAL_CREDENTIALS } from '../localAws.js';

export interface AppSyncOptions {
  readonly description: StackDescription;
  /** Where the resolver bundles are (`build/resolvers`): the files CDK deploys. */
  readonly resolverBuildDir: string;
  readonly region: string;
  readonly accountId: string;
  /** The API key guests and integrators send as `x-api-key`. */
  readonly apiKey: string;
  readonly userPool: {
    readonly issuer: string;
    readonly jwksUrl: string;
    readonly clientIds: readonly string[];
  };
  readonly dynamodbEndpoint: string;
  readonly invokeFunction: InvokeFunction;
  /** Per handler call; AppSync does not document one, a runaway loop must still end. */
  readonly handlerTimeoutMs?: number;
  /** The request limit AppSync enforces (30 s). */
  readonly requestTimeoutMs?: number;
  /** The twin's log, where resolvers' `console.log` and `console.error` lines go. */
  readonly log?: (line: string) => void;
}

export interface AppSyncTwin {
  /** Serves `/graphql`; mount it on the twin's front. */
  handle(request: IncomingMessage, response: ServerResponse): Promise<boolean>;
  /** Executes a request in-process, as an authorized caller (for tests and benchmarks). */
  execute: ReturnType<typeof createEngine>['execute'];
  /** The executable schema (the real-time endpoint reads `@aws_subscribe` and the types from it). */
  readonly schema: GraphQLSchema;
  /**
   * Authenticates a request by the API's modes (`authenticateRequest`): resolves to the mode and
   * `ctx.identity`, rejects with an `AwsError` whose `code`, `message` and `status` AppSync would answer.
   */
  authenticate(request: AuthRequest): Promise<AuthResult>;
  /** Validates a subscription request, checks its field's auth and runs its resolver (real-time `start`). */
  prepareSubscription: ReturnType<typeof createEngine>['prepareSubscription'];
  /** The schema's auth directives: may this caller read `typeName.fieldName`? */
  authorizeField(typeName: string, fieldName: string, auth: RequestAuth): boolean;
  /** Calls `listener` for each root mutation field that succeeded; returns a function that stops it. */
  onMutation(listener: (published: PublishedMutation) => void): () => void;
  close(): void;
}

/** The request body limit of the twin; AppSync's own limit is not documented where we looked. */
const MAX_BODY_BYTES = 1024 * 1024;

/**
 * The AppSync twin: the schema with the AWS scalars, every resolver of the description in its sandbox,
 * the description's data sources (DynamoDB tables of the DynamoDB twin, functions of the Lambda twin,
 * NONE), AppSync's auth modes (Cognito by default, API key and IAM as additional modes), and `/graphql`.
 */
export function createAppSync(options: AppSyncOptions): AppSyncTwin {
  const { description } = options;
  const schema = buildTwinSchema();
  // As CDK deploys them (`infra/stack/api.ts`): Cognito's default action is ALLOW.
  const modes: ApiAuthModes = { ...description.api.auth, defaultAction: 'ALLOW' };
  const authConfig: AuthConfig = {
    ...modes,
    apiKeys: [
      { key: options.apiKey, expiresAt: Date.now() + description.api.apiKeyExpiresInDays * 86_400_000 },
    ],
    userPool: {
      issuer: options.userPool.issuer,
      jwksUrl: options.userPool.jwksUrl,
      clientIds: options.userPool.clientIds,
    },
    region: options.region,
    accountId: options.accountId,
  };
  const authTable = fieldAuthTable(schema, modes);
  const resolvers = loadResolvers(description, {
    buildDir: options.resolverBuildDir,
    runtimeScript: runtimeScript(),
    timeoutMs: options.handlerTimeoutMs ?? 1000,
  });

  const dynamodb = new DynamoDBClient({
    endpoint: options.dynamodbEndpoint,
    region: options.region,
    credentials: LOCAL_CREDENTIALS,
  });
  const maxBatchSize = new Map<string, number>(
    description.resolvers.flatMap((resolver) =>
      resolver.kind === 'unit' && resolver.maxBatchSize !== undefined
        ? [[`${resolver.typeName}.${resolver.fieldName}`, resolver.maxBatchSize] as const]
        : [],
    ),
  );
  const lambdaDataSources = new Map(
    Object.entries(description.dataSources).flatMap(([name, spec]) =>
      spec.kind === 'lambda'
        ? [[name, createLambdaDataSource(options.invokeFunction, spec.function)] as const]
        : [],
    ),
  );
  const invokeDataSource = (dataSource: string, request: unknown, field: string): Promise<unknown> => {
    const spec = description.dataSources[dataSource];
    switch (spec?.kind) {
      case 'dynamodb':
        // Tables in the twin are named after the description's logical names.
        return executeDynamoDbRequest(dynamodb, spec.table, request);
      case 'lambda':
        return lambdaDataSources.get(dataSource)!(request, field, maxBatchSize.get(field));
      case 'none':
        return Promise.resolve((request as { payload?: unknown } | null)?.payload ?? null);
      default:
        return Promise.reject(new Error(`Unknown data source ${dataSource}`));
    }
  };

  const authorizeField = (typeName: string, fieldName: string, auth: RequestAuth): boolean =>
    isAuthorized(authTable, typeName, fieldName, callerOf(auth as AuthResult));
  const mutationListeners = new Set<(published: PublishedMutation) => void>();
  const engine = createEngine({
    schema,
    resolvers,
    invokeDataSource,
    authorizeField,
    onMutation: (published) => {
      for (const listener of mutationListeners) listener(published);
    },
    queryDepthLimit: description.api.queryDepthLimit,
    resolverCountLimit: description.api.resolverCountLimit,
    environment: description.api.environment,
    timeoutMs: options.requestTimeoutMs ?? 30_000,
    ...(options.log ? { log: options.log } : {}),
  });

  const handle = graphqlHandler({
    maxBodyBytes: MAX_BODY_BYTES,
    consolePath: '/console',
    execute: engine.execute,
    authenticate: async (request) => {
      try {
        return await authenticateRequest(request, authConfig);
      } catch (error) {
        if (error instanceof AwsError)
          return { status: error.status, errorType: error.code, message: error.message };
        throw error;
      }
    },
  });

  return {
    handle,
    execute: engine.execute,
    schema,
    authenticate: (request) => authenticateRequest(request, authConfig),
    prepareSubscription: engine.prepareSubscription,
    authorizeField,
    onMutation: (listener) => {
      mutationListeners.add(listener);
      return () => mutationListeners.delete(listener);
    },
    close: () => dynamodb.destroy(),
  };
}
