import { ExpectedError } from '../lib/ExpectedError.js';

/** The `errorType`s the catalog answers with: the part of the API's closed list (`ErrorType`) it can meet. */
export type CatalogErrorType = 'Unauthorized' | 'ValidationError' | 'NotFound' | 'Conflict';

/**
 * An expected business failure of a catalog operation. Operations throw it; `dispatch` turns it into the
 * `{ error }` result that the resolver's response handler raises as an AppSync error with the same
 * `errorType`, `message` and `errorInfo`. Anything else thrown is a fault (a bug, the database down) and
 * fails the invocation. A subclass, not an alias, of `ExpectedError`, so that `dispatch` catches the
 * catalog's own failures only.
 */
export class CatalogError extends ExpectedError<CatalogErrorType> {
  override readonly name = 'CatalogError';
}

/** Bad input: the message and `errorInfo.field` name the argument (`input.name`, `nextToken`, ...). */
export function validationError(
  field: string,
  message: string,
  info: Readonly<Record<string, unknown>> = {},
): CatalogError {
  return new CatalogError('ValidationError', `${field}: ${message}`, { field, ...info });
}

/** No product has this id. */
export function notFound(id: string): CatalogError {
  return new CatalogError('NotFound', `No product has the id ${id}`, { id });
}

/** A unique value is taken, or a version is stale. */
export function conflict(message: string, info: Readonly<Record<string, unknown>>): CatalogError {
  return new CatalogError('Conflict', message, info);
}

/** The caller may not run this operation; worded as AppSync words `util.unauthorized()`. */
export function unauthorized(typeName: string, field: string): CatalogError {
  return new CatalogError('Unauthorized', `Not Authorized to access ${field} on type ${typeName}`);
}
