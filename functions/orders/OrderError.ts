/** The `errorType`s the orders function answers with (the closed list `schema.graphql` states). */
export type OrderErrorType =
  | 'Unauthorized'
  | 'ValidationError'
  | 'NotFound'
  | 'OutOfStock'
  | 'PromoCodeInvalid'
  | 'InvalidStateTransition'
  | 'Conflict';

/**
 * An expected business failure of an orders operation. Operations throw it; `dispatch` turns it into the
 * `{ error }` result that the resolver raises as an AppSync error with the same `errorType`, `message`
 * and `errorInfo`. Anything else thrown is a fault and fails the invocation.
 */
export class OrderError extends Error {
  override readonly name = 'OrderError';

  constructor(
    readonly type: OrderErrorType,
    message: string,
    readonly info: Readonly<Record<string, unknown>> | null = null,
  ) {
    super(message);
  }
}

/** Bad input: the message and `errorInfo.field` name the argument (`input.items[0].quantity`, ...). */
export function invalidInput(field: string, message: string): OrderError {
  return new OrderError('ValidationError', `${field}: ${message}`, { field });
}
