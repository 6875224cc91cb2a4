import type { ErrorType } from '../../domain/ErrorType.js';

/**
 * An expected failure of an operation, as its resolver raises it: `util.error(message, type, null, info)`,
 * so the client sees `errorType`, `message` and `errorInfo`. `Type` is the part of the API's closed list
 * of `errorType`s that the function answers with.
 */
export interface OperationFailure<Type extends ErrorType = ErrorType> {
  readonly type: Type;
  readonly message: string;
  readonly info: Readonly<Record<string, unknown>> | null;
}

/**
 * What a function that serves several operations returns for every call: the operation's value as
 * `data`, or an expected failure as `error` (never both). Faults are not results: they fail the
 * invocation (`Lambda:Unhandled`). Why not throw the expected failures too: a thrown error reaches a JS
 * resolver only as `ctx.error` of type `Lambda:Unhandled`, without its type and info.
 */
export type OperationResult<T = unknown, Type extends ErrorType = ErrorType> =
  | { readonly data: T; readonly error?: undefined }
  | { readonly data?: undefined; readonly error: OperationFailure<Type> };
