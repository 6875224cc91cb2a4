/** A failure the app shows its user: from the GraphQL API, the user pool, or the network. */
export interface ApiError {
  /**
   * The API's `errorType` (`ValidationError`, `Conflict`, `NotFound`, `Unauthorized`, ...; `schema.graphql`), the
   * user pool's exception name (`NotAuthorizedException`, ...), or null when the request got no answer.
   * Shown as it came; to branch on the API's kind of failure, read it with `errorTypeOf` (an `ErrorType`).
   */
  readonly code: string | null;
  /** The message to show, as the API or the user pool wrote it. */
  readonly message: string;
  /** The input field at fault (`errorInfo.field`, e.g. `input.sku`); null when none is named. */
  readonly field: string | null;
  /** The error's `errorInfo`, e.g. `{ expectedVersion, version }` of a `Conflict`; null when none. */
  readonly info: Readonly<Record<string, unknown>> | null;
}
