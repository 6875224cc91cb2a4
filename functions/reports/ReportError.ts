import { ExpectedError } from '../lib/ExpectedError.js';

/** The `errorType`s the reports function answers with (`schema.graphql` lists them per field). */
export type ReportErrorType = 'Unauthorized' | 'ValidationError';

/**
 * An expected failure of a reports operation. Operations throw it; `dispatch` turns it into the
 * `{ error }` result that the resolver raises as an AppSync error with the same `errorType`, `message`
 * and `errorInfo`. Anything else thrown is a fault and fails the invocation.
 */
export class ReportError extends ExpectedError<ReportErrorType> {
  override readonly name = 'ReportError';
}

/** Bad input: the message and `errorInfo.field` name the argument, with any `info` beside it. */
export function invalidArgument(
  field: string,
  message: string,
  info: Readonly<Record<string, unknown>> = {},
): ReportError {
  return new ReportError('ValidationError', `${field}: ${message}`, { field, ...info });
}
