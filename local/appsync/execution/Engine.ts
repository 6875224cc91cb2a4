import type { FieldNode, FragmentDefinitionNode } from 'graphql';
import type { FormattedAppSyncError } from './formatError.js';

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

export interface EngineResponse {
  readonly data?: unknown;
  readonly errors?: readonly FormattedAppSyncError[];
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

/** The AppSync twin's GraphQL engine (`createEngine`). */
export interface Engine {
  /** Executes one GraphQL request for an authorized caller; never throws for what the request holds. */
  readonly execute: (
    request: GraphqlRequest,
    auth: RequestAuth,
    headers: Record<string, string>,
  ) => Promise<EngineResponse>;
  /**
   * Checks a subscription request as AppSync does on `start`: it must validate, select one
   * subscription field the caller may read, and its resolver must succeed; the resolver's
   * `extensions.setSubscriptionFilter` (and invalidation filter) come back with it.
   */
  readonly prepareSubscription: (
    request: GraphqlRequest,
    auth: RequestAuth,
    headers: Record<string, string>,
  ) => Promise<
    { readonly errors: readonly FormattedAppSyncError[] } | { readonly subscription: PreparedSubscription }
  >;
}
