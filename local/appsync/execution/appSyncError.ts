import { GraphQLError } from 'graphql';
import type { AppendedError } from '../runtime/Invocation.js';

/**
 * A field error carrying AppSync's members (`errorType`, `errorInfo`, `data`), which the response
 * formatter moves to the top level of the error, where AppSync puts them.
 */
export function appSyncError(error: AppendedError): GraphQLError {
  return new GraphQLError(error.message, {
    extensions: { errorType: error.errorType, errorInfo: error.errorInfo ?? null, data: error.data ?? null },
  });
}
