import type { GraphQLSchema } from 'graphql';
import type { AuthRequest } from '../auth/index.js';
import type {
  GraphqlRequest,
  PreparedSubscription,
  PublishedMutation,
  RequestAuth,
} from '../execution/createEngine.js';
import type { FormattedAppSyncError } from '../execution/formatError.js';

/** What the real-time endpoint needs from the AppSync twin (`createAppSync` provides all of it). */
export interface RealtimeBackend {
  /** The API's schema: `@aws_subscribe` and the types subscribers select from. */
  readonly schema: GraphQLSchema;
  /**
   * Authenticates a request by the API's modes, as `/graphql` does; rejects with an `AwsError`
   * (`code` the errorType, `status` the HTTP status) when AppSync would refuse it.
   */
  authenticate(request: AuthRequest): Promise<RequestAuth>;
  /** Validates a subscription request and runs its resolver (`createEngine().prepareSubscription`). */
  prepareSubscription(
    request: GraphqlRequest,
    auth: RequestAuth,
    headers: Record<string, string>,
  ): Promise<
    { readonly errors: readonly FormattedAppSyncError[] } | { readonly subscription: PreparedSubscription }
  >;
  /** May this caller read `typeName.fieldName`? Applied to each field a subscriber receives. */
  authorizeField(typeName: string, fieldName: string, auth: RequestAuth): boolean;
  /** Calls `listener` after each root mutation field that succeeded; returns a function that stops it. */
  onMutation(listener: (published: PublishedMutation) => void): () => void;
}
