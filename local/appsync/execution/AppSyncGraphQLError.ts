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

/** One entry of `errors` in AppSync's shape. */
export interface FormattedAppSyncError {
  readonly path?: readonly (string | number)[] | null;
  readonly data?: unknown;
  readonly errorType?: string | null;
  readonly errorInfo?: unknown;
  readonly locations?: readonly { line: number; column: number; sourceName: null }[] | null;
  readonly message: string;
}

/** AppSync's error shape: `errorType`, `errorInfo` and `data` at the top level, `sourceName: null`. */
export function formatError(error: GraphQLError): FormattedAppSyncError {
  const extensions = error.extensions as { errorType?: string; errorInfo?: unknown; data?: unknown };
  return {
    ...(error.path ? { path: error.path } : {}),
    data: extensions.data ?? null,
    errorType: extensions.errorType ?? null,
    errorInfo: extensions.errorInfo ?? null,
    ...(error.locations
      ? { locations: error.locations.map(({ line, column }) => ({ line, column, sourceName: null })) }
      : {}),
    message: error.message,
  };
}
