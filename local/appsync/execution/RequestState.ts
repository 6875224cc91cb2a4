import type { FieldNode, GraphQLError } from 'graphql';
import type { PublishedMutation, RequestAuth } from './Engine.js';
import type { FieldOutcome } from './runResolver.js';

/** What one request's resolvers may read and record, shared by all its fields (graphql-js's context). */
export interface RequestState {
  /** Names the request in the twin's log, as AppSync's request id does in CloudWatch. */
  readonly requestId: string;
  readonly auth: RequestAuth;
  readonly headers: Record<string, string>;
  readonly variables: Record<string, unknown>;
  /** `util.appendError` errors, added to the response after execution. */
  readonly appended: GraphQLError[];
  /** Resolvers run so far, against the API's resolver count limit. */
  resolverCount: number;
  readonly subscriptionFilters: Map<string, FieldOutcome['extensions']>;
  /** Root mutation fields that succeeded, fanned out to subscribers once the request is answered. */
  readonly published: PublishedMutation[];
  /** The subscription field of a `start`, once its resolver has run. */
  subscription?: {
    readonly fieldName: string;
    readonly args: Record<string, unknown>;
    readonly fieldNode: FieldNode;
  };
}
