import type { ApiError } from './ApiError.js';
import type { ErrorType } from './ErrorType.js';

// A record rather than a list: the compiler refuses it when an ErrorType is missing or a name is unknown.
const ERROR_TYPES: Readonly<Record<ErrorType, true>> = {
  Unauthorized: true,
  ValidationError: true,
  NotFound: true,
  OutOfStock: true,
  PromoCodeInvalid: true,
  InvalidStateTransition: true,
  Conflict: true,
};

function isErrorType(code: string): code is ErrorType {
  return Object.hasOwn(ERROR_TYPES, code);
}

/**
 * The API's `errorType` of an error, so that branches on it are checked against the closed list; null
 * when there is no error or its code is none of the API's (a user pool exception, AppSync's
 * `UnauthorizedException`, a network failure).
 *
 * @example
 * errorTypeOf({ code: 'Conflict', message: 'Stale', field: null, info: null }) // => 'Conflict'
 * errorTypeOf({ code: 'NotAuthorizedException', message: 'No', field: null, info: null }) // => null
 */
export function errorTypeOf(error: ApiError | null | undefined): ErrorType | null {
  const code = error?.code;
  return code != null && isErrorType(code) ? code : null;
}
