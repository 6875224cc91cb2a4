import { GraphQLError } from 'graphql';
import type { GraphQLFieldResolver, GraphQLResolveInfo, GraphQLSchema } from 'graphql';
import { invariant } from '../../../functions/lib/invariant.js';
import type { AppendedError, Invocation, ResolverLog } from '../runtime/Invocation.js';
import { appSyncError } from './appSyncError.js';
import type { RequestAuth } from './Engine.js';
import { filterErrorData } from './filterErrorData.js';
import type { RequestState } from './RequestState.js';
import { runResolver } from './runResolver.js';
import type { BaseContext, FieldOutcome, InvokeDataSource, LoadedResolver } from './runResolver.js';
import { selectionSetGraphQL, selectionSetList } from './selectionSet.js';

export interface FieldResolverOptions {
  readonly schema: GraphQLSchema;
  /** `Type.field` → its loaded resolver. */
  readonly resolvers: ReadonlyMap<string, LoadedResolver>;
  /** Performs a data source request for a field (`Type.field`), or rejects with `{ message, type }`. */
  readonly invokeDataSource: (dataSource: string, request: unknown, field: string) => Promise<unknown>;
  /** AppSync's directive rules: may this caller read `typeName.fieldName`? */
  readonly authorizeField: (typeName: string, fieldName: string, auth: RequestAuth) => boolean;
  readonly resolverCountLimit: number;
  /** The API's environment variables, `ctx.env` in every handler. */
  readonly environment?: Readonly<Record<string, string>>;
  /** The twin's log: resolvers' `console.log` and `console.error` lines go there. */
  readonly log?: (line: string) => void;
}

const AUTH_TYPE: Record<RequestAuth['mode'], Invocation['authType']> = {
  API_KEY: 'API Key Authorization',
  AMAZON_COGNITO_USER_POOLS: 'User Pool Authorization',
  AWS_IAM: 'IAM Authorization',
};

/**
 * graphql-js's field resolver for every field of the twin, doing what AppSync does per field: the
 * caller's auth against the schema's directives (`Unauthorized` on the field), the resolver wired to it
 * run in the sandbox with its data sources (a root field without one is `MissingResolver`; any other
 * field is read from its parent object), the resolver count limit, the `data` of its errors filtered by
 * the field's selection set, its console lines written to the log, and what the request records
 * (appended errors, a subscription's filters, the mutations to publish).
 */
export function createFieldResolver(
  options: FieldResolverOptions,
): GraphQLFieldResolver<unknown, RequestState> {
  const { schema } = options;
  const rootTypes = new Set(
    [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      type ? [type.name] : [],
    ),
  );

  // Not async: a field read from its parent (most of a response) completes at once, without a promise
  // for graphql-js to wait on; only a field with a resolver answers one.
  return (source, fieldArgs, state, info) => {
    const args = fieldArgs as Record<string, unknown>;
    const typeName = info.parentType.name;
    const fieldName = info.fieldName;
    if (!options.authorizeField(typeName, fieldName, state.auth)) {
      throw refusal(`Not Authorized to access ${fieldName} on type ${typeName}`, 'Unauthorized');
    }
    const key = `${typeName}.${fieldName}`;
    const resolver = options.resolvers.get(key);
    if (!resolver) {
      if (rootTypes.has(typeName)) {
        throw refusal(
          `No resolver is attached to ${key}: it is not wired in the stack description`,
          'MissingResolver',
          {
            field: key,
          },
        );
      }
      // AppSync resolves a field without a resolver from the parent object's property of that name.
      return source !== null && typeof source === 'object'
        ? (source as Record<string, unknown>)[fieldName]
        : null;
    }
    state.resolverCount += 1;
    if (state.resolverCount > options.resolverCountLimit) {
      throw refusal(
        `The request ran more than ${options.resolverCountLimit} resolvers, the API's resolver count limit`,
        'ResolverCountLimitExceeded',
      );
    }
    return resolveField(resolver, key, { source, args, state, info });
  };

  /** Runs `key`'s resolver for one field: `Type.field`, as `resolvers` names it. */
  async function resolveField(
    resolver: LoadedResolver,
    key: string,
    field: {
      readonly source: unknown;
      readonly args: Record<string, unknown>;
      readonly state: RequestState;
      readonly info: GraphQLResolveInfo;
    },
  ): Promise<unknown> {
    const { source, args, state, info } = field;
    const typeName = info.parentType.name;
    const fieldName = info.fieldName;
    const invoke: InvokeDataSource = (dataSource, request) =>
      options.invokeDataSource(dataSource, request, key);
    const outcome = await runResolver(
      resolver,
      baseContext(source, args, state, info, options.environment),
      { authType: AUTH_TYPE[state.auth.mode], typeName, fieldName },
      invoke,
    );
    for (const entry of outcome.logs) options.log?.(logLine(state.requestId, key, entry));
    record(outcome, { state, info, schema, args });
    if (outcome.error) throw appSyncError(withFilteredData(outcome.error, info));
    return outcome.value;
  }
}

/** The part of `ctx` fixed for the whole field. */
function baseContext(
  source: unknown,
  args: Record<string, unknown>,
  state: RequestState,
  info: GraphQLResolveInfo,
  environment: Readonly<Record<string, string>> | undefined,
): BaseContext {
  return {
    arguments: args,
    identity: state.auth.identity ?? null,
    source: source ?? null,
    request: { headers: state.headers, domainName: null },
    info: {
      fieldName: info.fieldName,
      parentTypeName: info.parentType.name,
      variables: state.variables,
      selectionSetList: selectionSetList(info),
      selectionSetGraphQL: selectionSetGraphQL(info),
    },
    env: { ...environment },
  };
}

/** Records what a field's run leaves for the request: appended errors, subscription filters, mutations. */
function record(
  outcome: FieldOutcome,
  field: {
    readonly state: RequestState;
    readonly info: GraphQLResolveInfo;
    readonly schema: GraphQLSchema;
    readonly args: Record<string, unknown>;
  },
): void {
  const { state, info, schema } = field;
  const typeName = info.parentType.name;
  const fieldNode = info.fieldNodes[0];
  invariant(fieldNode !== undefined, 'graphql-js resolves a field for at least one field node');
  for (const appended of outcome.appended) {
    const error = appSyncError(withFilteredData(appended, info));
    state.appended.push(
      new GraphQLError(error.message, {
        nodes: info.fieldNodes,
        path: pathOf(info.path),
        extensions: error.extensions,
      }),
    );
  }
  if (typeName === schema.getSubscriptionType()?.name) {
    state.subscriptionFilters.set(`${typeName}.${info.fieldName}`, outcome.extensions);
    state.subscription = { fieldName: info.fieldName, args: field.args, fieldNode };
  }
  if (!outcome.error && typeName === schema.getMutationType()?.name) {
    state.published.push({
      fieldName: info.fieldName,
      value: outcome.value,
      fieldNode,
      fragments: info.fragments,
      invalidations: outcome.extensions.invalidations,
    });
  }
}

/**
 * A resolver's console call in the twin's log: the request id, `Type.field`, then the entry as AppSync
 * words it (`INFO - code.js:13:5: "This request is allowed"`, AppSync developer guide, "Testing and
 * debugging resolvers in AWS AppSync (JavaScript)"). On AWS the lines reach CloudWatch Logs when the API
 * logs fields ("Supported runtime features", Console).
 */
function logLine(requestId: string, field: string, entry: ResolverLog): string {
  return `${'appsync'.padEnd(10)} ${requestId} ${field} ${entry.level} - ${entry.location}: ${entry.message}`;
}

/** The error with its `data` filtered by the field's selection set, as AppSync filters it. */
function withFilteredData(error: AppendedError, info: GraphQLResolveInfo): AppendedError {
  return error.data === null || error.data === undefined
    ? error
    : { ...error, data: filterErrorData(info, error.data) };
}

function refusal(
  message: string,
  errorType: string,
  errorInfo: Record<string, unknown> | null = null,
): Error {
  return appSyncError({ message, errorType, data: null, errorInfo });
}

function pathOf(path: GraphQLResolveInfo['path'] | undefined): (string | number)[] {
  const keys: (string | number)[] = [];
  for (let current = path; current; current = current.prev) keys.unshift(current.key);
  return keys;
}
