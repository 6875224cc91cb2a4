import {
  execute,
  getOperationAST,
  GraphQLError,
  Kind,
  OperationTypeNode,
  parse,
  specifiedRules,
  validate,
} from 'graphql';
import type {
  DocumentNode,
  FieldNode,
  ExecutionResult,
  FragmentDefinitionNode,
  GraphQLFieldResolver,
  GraphQLSchema,
  SelectionSetNode,
} from 'graphql';
import type { Invocation } from '../runtime/Invocation.js';
import { appSyncError, formatError } from './AppSyncGraphQLError.js';
import type { FormattedAppSyncError } from './AppSyncGraphQLError.js';
import { runResolver } from './runResolver.js';
import type { FieldOutcome, LoadedResolver } from './runResolver.js';
import { selectionSetGraphQL, selectionSetList } from './selectionSet.js';

/** How a request was authorized, and the `ctx.identity` AppSync builds for it. */
export interface RequestAuth {
  readonly mode: 'API_KEY' | 'AMAZON_COGNITO_USER_POOLS' | 'AWS_IAM';
  readonly identity: unknown;
}

export interface GraphqlRequest {
  readonly query: string;
  readonly variables?: Record<string, unknown> | null;
  readonly operationName?: string | null;
}

export interface EngineOptions {
  readonly schema: GraphQLSchema;
  /** `Type.field` → its loaded resolver. */
  readonly resolvers: ReadonlyMap<string, LoadedResolver>;
  /** Performs a data source request for a field (`Type.field`), or rejects with `{ message, type }`. */
  readonly invokeDataSource: (dataSource: string, request: unknown, field: string) => Promise<unknown>;
  /** AppSync's directive rules: may this caller read `typeName.fieldName`? */
  readonly authorizeField: (typeName: string, fieldName: string, auth: RequestAuth) => boolean;
  readonly queryDepthLimit: number;
  readonly resolverCountLimit: number;
  /** The API's environment variables, `ctx.env` in every handler. */
  readonly environment?: Readonly<Record<string, string>>;
  /** AppSync stops a request after 30 s. */
  readonly timeoutMs: number;
  /** Called for each root mutation field that succeeded, once its request is done. */
  readonly onMutation?: (published: PublishedMutation) => void;
}

/** A root mutation field that succeeded: what `@aws_subscribe` fans out. */
export interface PublishedMutation {
  readonly fieldName: string;
  /** The resolver's value, before the mutation's selection set is applied. */
  readonly value: unknown;
  /** The mutation field as requested: its selection set decides what subscribers can receive. */
  readonly fieldNode: FieldNode;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  /** `extensions.invalidateSubscriptions(...)` calls of the mutation's resolver. */
  readonly invalidations: readonly unknown[];
}

/** A subscription request that passed validation, auth and its resolver, ready to be registered. */
export interface PreparedSubscription {
  readonly fieldName: string;
  /** The subscription's arguments, coerced (argument filters compare them with each event). */
  readonly args: Readonly<Record<string, unknown>>;
  readonly fieldNode: FieldNode;
  readonly fragments: Readonly<Record<string, FragmentDefinitionNode>>;
  /** Set by the resolver with `extensions.setSubscriptionFilter`. */
  readonly filter?: unknown;
  /** Set by the resolver with `extensions.setSubscriptionInvalidationFilter`. */
  readonly invalidationFilter?: unknown;
}

export interface EngineResponse {
  readonly data?: unknown;
  readonly errors?: readonly FormattedAppSyncError[];
}

/** What one request's resolvers may read and record, shared by all its fields. */
interface RequestState {
  readonly auth: RequestAuth;
  readonly headers: Record<string, string>;
  readonly variables: Record<string, unknown>;
  readonly appended: GraphQLError[];
  resolverCount: number;
  readonly subscriptionFilters: Map<string, FieldOutcome['extensions']>;
  readonly published: PublishedMutation[];
  subscription?: {
    readonly fieldName: string;
    readonly args: Record<string, unknown>;
    readonly fieldNode: FieldNode;
  };
}

const AUTH_TYPE: Record<RequestAuth['mode'], Invocation['authType']> = {
  API_KEY: 'API Key Authorization',
  AMAZON_COGNITO_USER_POOLS: 'User Pool Authorization',
  AWS_IAM: 'IAM Authorization',
};

/**
 * The GraphQL engine of the AppSync twin: parses and validates a request against the schema (with the
 * query depth limit), checks every field against the caller's auth, runs each field's resolver in the
 * sandbox with its data sources, resolves fields without a resolver from the parent object, and
 * answers in AppSync's format.
 */
export function createEngine(options: EngineOptions) {
  const fieldResolver: GraphQLFieldResolver<unknown, RequestState> = async (source, args, state, info) => {
    const typeName = info.parentType.name;
    const fieldName = info.fieldName;
    if (!options.authorizeField(typeName, fieldName, state.auth)) {
      throw appSyncError({
        message: `Not Authorized to access ${fieldName} on type ${typeName}`,
        errorType: 'Unauthorized',
        data: null,
        errorInfo: null,
      });
    }
    const key = `${typeName}.${fieldName}`;
    const resolver = options.resolvers.get(key);
    if (!resolver) {
      const root = [
        options.schema.getQueryType(),
        options.schema.getMutationType(),
        options.schema.getSubscriptionType(),
      ];
      if (root.some((type) => type?.name === typeName)) {
        throw appSyncError({
          message: `No resolver is attached to ${key}: it is not wired in the stack description`,
          errorType: 'MissingResolver',
          data: null,
          errorInfo: { field: key },
        });
      }
      // AppSync resolves a field without a resolver from the parent object's property of that name.
      return source !== null && typeof source === 'object'
        ? (source as Record<string, unknown>)[fieldName]
        : null;
    }
    state.resolverCount += 1;
    if (state.resolverCount > options.resolverCountLimit) {
      throw appSyncError({
        message: `The request ran more than ${options.resolverCountLimit} resolvers, the API's resolver count limit`,
        errorType: 'ResolverCountLimitExceeded',
        data: null,
        errorInfo: null,
      });
    }
    const outcome = await runResolver(
      resolver,
      {
        arguments: args as Record<string, unknown>,
        identity: state.auth.identity ?? null,
        source: source ?? null,
        request: { headers: state.headers, domainName: null },
        info: {
          fieldName,
          parentTypeName: typeName,
          variables: state.variables,
          selectionSetList: selectionSetList(info),
          selectionSetGraphQL: selectionSetGraphQL(info),
        },
        env: { ...options.environment },
      },
      { authType: AUTH_TYPE[state.auth.mode], typeName, fieldName },
      (dataSource, request) => options.invokeDataSource(dataSource, request, key),
    );
    for (const appended of outcome.appended) {
      const error = appSyncError(appended);
      state.appended.push(
        new GraphQLError(error.message, {
          nodes: info.fieldNodes,
          path: pathOf(info.path),
          extensions: error.extensions,
        }),
      );
    }
    if (typeName === options.schema.getSubscriptionType()?.name) {
      state.subscriptionFilters.set(key, outcome.extensions);
      state.subscription = {
        fieldName,
        args: args as Record<string, unknown>,
        fieldNode: info.fieldNodes[0]!,
      };
    }
    if (outcome.error) throw appSyncError(outcome.error);
    if (typeName === options.schema.getMutationType()?.name) {
      state.published.push({
        fieldName,
        value: outcome.value,
        fieldNode: info.fieldNodes[0]!,
        fragments: info.fragments,
        invalidations: outcome.extensions.invalidations,
      });
    }
    return outcome.value;
  };

  /** Parses, validates and executes; over HTTP a subscription is refused, on `start` it is required. */
  async function run(
    request: GraphqlRequest,
    auth: RequestAuth,
    headers: Record<string, string>,
    expect: 'query or mutation' | 'subscription' = 'query or mutation',
  ): Promise<{ response: EngineResponse; state?: RequestState; document?: DocumentNode }> {
    const refuse = (message: string, error?: GraphQLError) => ({
      response: { data: null, errors: [validationError(message, error)] },
    });
    let document: DocumentNode;
    try {
      document = parse(request.query);
    } catch (error) {
      return refuse((error as GraphQLError).message, error as GraphQLError);
    }
    const validationErrors = validate(options.schema, document, specifiedRules);
    if (validationErrors.length > 0) {
      return {
        response: {
          data: null,
          errors: validationErrors.map((error) => validationError(error.message, error)),
        },
      };
    }
    const operation = getOperationAST(document, request.operationName ?? undefined);
    if (!operation) return refuse('Unknown operation, or several operations and no operationName');
    if (expect === 'subscription' && operation.operation !== OperationTypeNode.SUBSCRIPTION) {
      return refuse('The real-time endpoint serves subscription operations only');
    }
    if (expect !== 'subscription' && operation.operation === OperationTypeNode.SUBSCRIPTION) {
      return refuse(
        'Subscriptions are served over the real-time endpoint (/graphql/realtime), not over HTTP',
      );
    }
    const depth = queryDepth(operation.selectionSet, document);
    if (depth > options.queryDepthLimit) {
      return refuse(`Query depth ${depth} exceeds the API's query depth limit of ${options.queryDepthLimit}`);
    }
    const state: RequestState = {
      auth,
      headers,
      variables: request.variables ?? {},
      appended: [],
      resolverCount: 0,
      subscriptionFilters: new Map(),
      published: [],
    };
    const execution = Promise.resolve(
      execute({
        schema: options.schema,
        document,
        variableValues: request.variables ?? undefined,
        operationName: request.operationName ?? undefined,
        contextValue: state,
        fieldResolver,
      }),
    );
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), options.timeoutMs);
    });
    const result = await Promise.race([execution, timeout]).finally(() => clearTimeout(timer));
    if (result === 'timeout') {
      const error = new GraphQLError('Execution timed out.', {
        extensions: { errorType: 'ExecutionTimeout' },
      });
      return { response: { data: null, errors: [formatError(error)] } };
    }
    return { response: toResponse(result, state.appended), state, document };
  }

  return {
    /** Executes one GraphQL request for an authorized caller; never throws for what the request holds. */
    execute: async (
      request: GraphqlRequest,
      auth: RequestAuth,
      headers: Record<string, string>,
    ): Promise<EngineResponse> => {
      const { response, state } = await run(request, auth, headers);
      // Fan-out happens after the response is on its way: AppSync does not make a mutation wait for delivery.
      const published = state?.published ?? [];
      if (published.length > 0 && options.onMutation) {
        const notify = options.onMutation;
        setImmediate(() => published.forEach((event) => notify(event)));
      }
      return response;
    },

    /**
     * Checks a subscription request as AppSync does on `start`: it must validate, select one
     * subscription field the caller may read, and its resolver must succeed; the resolver's
     * `extensions.setSubscriptionFilter` (and invalidation filter) come back with it.
     */
    prepareSubscription: async (
      request: GraphqlRequest,
      auth: RequestAuth,
      headers: Record<string, string>,
    ): Promise<
      { readonly errors: readonly FormattedAppSyncError[] } | { readonly subscription: PreparedSubscription }
    > => {
      const { response, state, document } = await run(request, auth, headers, 'subscription');
      if (response.errors?.length || !state?.subscription || !document) {
        return { errors: response.errors ?? [validationError('The request selects no subscription field')] };
      }
      const key = `${options.schema.getSubscriptionType()!.name}.${state.subscription.fieldName}`;
      const extensions = state.subscriptionFilters.get(key);
      return {
        subscription: {
          ...state.subscription,
          fragments: Object.fromEntries(
            document.definitions
              .filter(
                (definition): definition is FragmentDefinitionNode =>
                  definition.kind === Kind.FRAGMENT_DEFINITION,
              )
              .map((fragment) => [fragment.name.value, fragment]),
          ),
          ...(extensions?.subscriptionFilter !== undefined ? { filter: extensions.subscriptionFilter } : {}),
          ...(extensions?.subscriptionInvalidationFilter !== undefined
            ? { invalidationFilter: extensions.subscriptionInvalidationFilter }
            : {}),
        },
      };
    },
  };
}

function toResponse(result: ExecutionResult, appended: readonly GraphQLError[]): EngineResponse {
  const errors = [...(result.errors ?? []), ...appended].map(formatError);
  return { data: result.data ?? null, ...(errors.length > 0 ? { errors } : {}) };
}

/**
 * A document that does not parse or validate: AppSync answers HTTP 200, `data: null`, and errors of the
 * shape `{ path: null, locations, message }` with no errorType (AppSync's own account of its HTTP
 * behaviour, graphql/graphql-over-http#81). Messages are graphql-js's; AppSync's come from graphql-java.
 */
function validationError(message: string, error?: GraphQLError): FormattedAppSyncError {
  return {
    path: null,
    locations: error?.locations?.map(({ line, column }) => ({ line, column, sourceName: null })) ?? null,
    message: `Validation error: ${message}`,
  };
}

function pathOf(path: { prev: unknown; key: string | number } | undefined): (string | number)[] {
  const keys: (string | number)[] = [];
  let current = path as { prev?: unknown; key: string | number } | undefined;
  while (current) {
    keys.unshift(current.key);
    current = current.prev as typeof current;
  }
  return keys;
}

/** The nesting depth of a selection set, fragments included: `{ a { b } }` is 2. */
function queryDepth(
  selectionSet: SelectionSetNode,
  document: DocumentNode,
  seen = new Set<string>(),
): number {
  let max = 0;
  for (const selection of selectionSet.selections) {
    if (selection.kind === Kind.FIELD) {
      max = Math.max(
        max,
        1 + (selection.selectionSet ? queryDepth(selection.selectionSet, document, seen) : 0),
      );
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      max = Math.max(max, queryDepth(selection.selectionSet, document, seen));
    } else if (!seen.has(selection.name.value)) {
      const fragment = document.definitions.find(
        (definition): definition is FragmentDefinitionNode =>
          definition.kind === Kind.FRAGMENT_DEFINITION && definition.name.value === selection.name.value,
      );
      if (fragment)
        max = Math.max(
          max,
          queryDepth(fragment.selectionSet, document, new Set([...seen, selection.name.value])),
        );
    }
  }
  return max;
}
