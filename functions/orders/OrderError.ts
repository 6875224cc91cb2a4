import { ExpectedError } from '../lib/ExpectedError.js';
import type { ErrorType } from '../../domain/ErrorType.js';

/** The `errorType`s the orders function answers with: all of the API's. */
export type OrderErrorType = ErrorType;

/**
 * An expected business failure of an orders operation. Operations throw it; `dispatch` turns it into the
 * `{ error }` result that the resolver raises as an AppSync error with the same `errorType`, `message`
 * and `errorInfo`. Anything else thrown is a fault and fails the invocation.
 */
export class OrderError extends ExpectedError<OrderErrorType> {
  override readonly name = 'OrderError';
}

/** Bad input: the message and `errorInfo.field` name the argument (`input.items[0].quantity`, ...). */
export function invalidInput(field: string, message: string): OrderError {
  return new OrderError('ValidationError', `${field}: ${message}`, { field });
}
