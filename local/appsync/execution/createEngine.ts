import {
  execute,
  getOperationAST,
  GraphQLError,
  Kind,
  OperationTypeNode,
  parse,
  Source,
  specifiedRules,
  validate,
} from 'graphql';
import type { DocumentNode, ExecutionResult, FragmentDefinitionNode } from 'graphql';
import { randomUUID } from 'node:crypto';
import { DocumentCache } from './DocumentCache.js';
import { formatError } from './formatError.js';
import type { FormattedAppSyncError } from './formatError.js';
import { createFieldResolver } from './createFieldResolver.js';
import type { FieldResolverOptions } from './createFieldResolver.js';
import type { Engine, EngineResponse, GraphqlRequest, PublishedMutation, RequestAuth } from './Engine.js';
import { nestingOverflow } from './nestingOverflow.js';
import { queryDepth } from './queryDepth.js';
import type { RequestState } from './RequestState.js';

export type {
  Engine,
  EngineResponse,
  GraphqlRequest,
  PreparedSubscription,
  PublishedMutation,
  RequestAuth,
} from './Engine.js';

export interface EngineOptions extends FieldResolverOptions {
  readonly queryDepthLimit: number;
  /** AppSync stops a request after 30 s. */
  readonly timeoutMs: number;
  /** Called for each root mutation field that succeeded, once its request is done. */
  readonly onMutation?: (published: PublishedMutation) => void;
}

/**
 * The GraphQL engine of the AppSync twin: parses and validates a request against the schema (with the
 * query depth limit), checks every field against the caller's auth, runs each field's resolver in the
 * sandbox with its data sources, resolves fields without a resolver from the parent object, and
 * answers in AppSync's format.
 */
export function createEngine(options: EngineOptions): Engine {
  const fieldResolver = createFieldResolver(options);
  const documents = new DocumentCache<ParsedDocument>(DOCUMENT_CACHE_SIZE);

  /** Parses, validates and executes; over HTTP a subscription is refused, on `start` it is required. */
  async function run(
    request: GraphqlRequest,
    auth: RequestAuth,
    headers: Record<string, string>,
    expect: Expectation = 'query or mutation',
  ): Promise<{ response: EngineResponse; state?: RequestState; document?: DocumentNode }> {
    const parsed = documents.get(request.query, () => parseAndValidate(request.query, options.schema));
    const checked = 'response' in parsed ? parsed : checkOperation(request, parsed.document, expect, options);
    if ('response' in checked) return checked;
    const { document } = checked;
    const state: RequestState = {
      requestId: randomUUID(),
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
    const result = await within(options.timeoutMs, execution);
    if (result === 'timeout') {
      const error = new GraphQLError('Execution timed out.', {
        extensions: { errorType: 'ExecutionTimeout' },
      });
      return { response: { data: null, errors: [formatError(error)] } };
    }
    return { response: toResponse(result, state.appended), state, document };
  }

  return {
    execute: async (request, auth, headers) => {
      const { response, state } = await run(request, auth, headers);
      // Fan-out happens after the response is on its way: AppSync does not make a mutation wait for delivery.
      const published = state?.published ?? [];
      if (published.length > 0 && options.onMutation) {
        const notify = options.onMutation;
        setImmediate(() => published.forEach((event) => notify(event)));
      }
      return response;
    },

    prepareSubscription: async (request, auth, headers) => {
      const { response, state, document } = await run(request, auth, headers, 'subscription');
      if (response.errors?.length || !state?.subscription || !document) {
        return { errors: response.errors ?? [validationError('The request selects no subscription field')] };
      }
      const key = `${options.schema.getSubscriptionType()?.name ?? 'Subscription'}.${state.subscription.fieldName}`;
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

type Expectation = 'query or mutation' | 'subscription';

/**
 * How deep brackets may nest in a document (selection sets, lists and input objects alike). AppSync's
 * parser, graphql-java's, cancels past 500 nested grammar rules, a few per level ("More than 500 deep
 * 'grammar' rules have been entered. To prevent Denial Of Service attacks, parsing has been
 * cancelled."); graphql-js has no such bound and overflows the stack some thousands of levels down.
 * 200 keeps the twin's recursion far from that and stays far above the largest query depth limit
 * AppSync accepts (75).
 */
const MAX_NESTING = 200;

/** How many query texts the engine keeps parsed and validated. */
const DOCUMENT_CACHE_SIZE = 500;

/** A query text parsed and validated against the schema, or the response refusing it. */
type ParsedDocument = { readonly document: DocumentNode } | { readonly response: EngineResponse };

function refusal(message: string, error?: GraphQLError): { readonly response: EngineResponse } {
  return { response: { data: null, errors: [validationError(message, error)] } };
}

/**
 * The checks AppSync makes on the document alone, which depend on nothing but its text and the schema
 * (so the engine keeps their outcome per text): it nests no deeper than the parser follows, parses and
 * validates.
 */
function parseAndValidate(query: string, schema: EngineOptions['schema']): ParsedDocument {
  const overflow = nestingOverflow(query, MAX_NESTING);
  if (overflow !== undefined) {
    const at = new GraphQLError('', { source: new Source(query), positions: [overflow] });
    return refusal(
      `The document is nested more than ${MAX_NESTING} levels deep: parsing has been cancelled to prevent Denial Of Service attacks`,
      at,
    );
  }
  let document: DocumentNode;
  try {
    document = parse(query);
  } catch (error) {
    return refusal((error as GraphQLError).message, error as GraphQLError);
  }
  const validationErrors = validate(schema, document, specifiedRules);
  if (validationErrors.length > 0) {
    return {
      response: {
        data: null,
        errors: validationErrors.map((error) => validationError(error.message, error)),
      },
    };
  }
  return { document };
}

/**
 * The checks AppSync makes of the request's operation: it names one operation of the kind the endpoint
 * serves, no deeper than the API's query depth limit.
 */
function checkOperation(
  request: GraphqlRequest,
  document: DocumentNode,
  expect: Expectation,
  options: Pick<EngineOptions, 'queryDepthLimit'>,
): ParsedDocument {
  const operation = getOperationAST(document, request.operationName ?? undefined);
  if (!operation) return refusal('Unknown operation, or several operations and no operationName');
  if (expect === 'subscription' && operation.operation !== OperationTypeNode.SUBSCRIPTION) {
    return refusal('The real-time endpoint serves subscription operations only');
  }
  if (expect !== 'subscription' && operation.operation === OperationTypeNode.SUBSCRIPTION) {
    return refusal('Subscriptions are served over the real-time endpoint (/graphql/realtime), not over HTTP');
  }
  const depth = queryDepth(operation.selectionSet, document);
  if (depth > options.queryDepthLimit) {
    return refusal(`Query depth ${depth} exceeds the API's query depth limit of ${options.queryDepthLimit}`);
  }
  return { document };
}

/** `work`'s value, or 'timeout' once `ms` have passed (AppSync's request limit). */
async function within<T>(ms: number, work: Promise<T>): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>((resolve) => {
    timer = setTimeout(() => resolve('timeout'), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
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
