/** One entry of an AppSync `errors` array, as AppSync words it. */
export interface AppSyncErrorEntry {
  readonly errorType?: string;
  readonly message: string;
}

/**
 * A call to AppSync that it refused or failed: the HTTP status (200 when the request ran but the field
 * failed) and AppSync's own `errors`, whose types and messages the error's message repeats so that a log
 * line says what AppSync said.
 */
export class AppSyncError extends Error {
  override readonly name = 'AppSyncError';

  constructor(
    readonly operation: string,
    readonly status: number,
    readonly errors: readonly AppSyncErrorEntry[],
  ) {
    const said = errors
      .map((error) => (error.errorType ? `${error.errorType}: ${error.message}` : error.message))
      .join('; ');
    super(`${operation}: AppSync answered HTTP ${status}: ${said || 'no error given'}`);
  }
}
