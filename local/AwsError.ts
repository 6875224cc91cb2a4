/**
 * An error a twin answers the way AWS does: the error code (`x-amzn-errortype`, or `__type` for the JSON
 * 1.0 protocols), the HTTP status, and the message. Anything else a provider throws is a bug of the twin
 * and answers 500 InternalFailure.
 */
export class AwsError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly status: number = 400,
    /** Extra members of the error body (e.g. `CancellationReasons`). */
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = code;
  }
}
