import type { ErrorType } from '../../domain/ErrorType.js';
import type { OperationFailure } from './OperationResult.js';

/**
 * An expected business failure of an operation (bad input, no such item, a conflict), with an
 * `errorType` from the API's closed list. Operations throw it; the function's `dispatch` answers it as the
 * `{ error }` of an `OperationResult` (`toFailure()`), which the resolver raises as an AppSync error.
 * Anything else thrown is a fault (a bug, a dependency down) and fails the invocation. Each function
 * subclasses it (`CatalogError`) so that its `dispatch` catches its own failures only.
 *
 * @example throw new ExpectedError('NotFound', 'No product has the id P1', { id: 'P1' });
 */
export class ExpectedError<Type extends ErrorType = ErrorType> extends Error {
  override readonly name: string = 'ExpectedError';

  constructor(
    readonly type: Type,
    message: string,
    readonly info: Readonly<Record<string, unknown>> | null = null,
  ) {
    super(message);
  }

  /** The failure as the function answers it, in the `error` of its result. */
  toFailure(): OperationFailure<Type> {
    return { type: this.type, message: this.message, info: this.info };
  }
}
