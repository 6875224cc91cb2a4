import { execute, getOperationAST, GraphQLError, Kind, parse, specifiedRules, validate } from 'graphql';
import type {
  DocumentNode,
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
  /** AppSync stops a request after 30 s. */
  readonly timeoutMs: number;
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
        env: {},
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
    if (typeName === options.schema.getSubscriptionType()?.name)
      state.subscriptionFilters.set(key, outcome.extensions);
    if (outcome.error) throw appSyncError(outcome.error);
    return outcome.value;
  };

  return {
    /** Executes one GraphQL request for an authorized caller; never throws for what the request holds. */
    execute: async (
      request: GraphqlRequest,
      auth: RequestAuth,
      headers: Record<string, string>,
    ): Promise<EngineResponse> => {
      let document: DocumentNode;
      try {
        document = parse(request.query);
      } catch (error) {
        return {
          data: null,
          errors: [validationError((error as GraphQLError).message, error as GraphQLError)],
        };
      }
      const validationErrors = validate(options.schema, document, specifiedRules);
      if (validationErrors.length > 0) {
        return { data: null, errors: validationErrors.map((error) => validationError(error.message, error)) };
      }
      const operation = getOperationAST(document, request.operationName ?? undefined);
      if (!operation) {
        return {
          data: null,
          errors: [validationError('Unknown operation, or several operations and no operationName')],
        };
      }
      const depth = queryDepth(operation.selectionSet, document);
      if (depth > options.queryDepthLimit) {
        return {
          data: null,
          errors: [
            validationError(
              `Query depth ${depth} exceeds the API's query depth limit of ${options.queryDepthLimit}`,
            ),
          ],
        };
      }
      const state: RequestState = {
        auth,
        headers,
        variables: request.variables ?? {},
        appended: [],
        resolverCount: 0,
        subscriptionFilters: new Map(),
      };
      const run = Promise.resolve(
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
      const result = await Promise.race([run, timeout]).finally(() => clearTimeout(timer));
      if (result === 'timeout') {
        return {
          data: null,
          errors: [
            formatError(
              new GraphQLError('Execution timed out.', { extensions: { errorType: 'ExecutionTimeout' } }),
            ),
          ],
        };
      }
      return toResponse(result, state.appended);
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
