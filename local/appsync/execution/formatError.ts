import type { GraphQLError } from 'graphql';

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
