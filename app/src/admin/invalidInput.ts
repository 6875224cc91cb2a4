import type { ApiError } from '../api/ApiError.js';
import type { ErrorType } from '../api/ErrorType.js';

/**
 * A `ValidationError` found before sending, shaped like the API's own (`errorInfo.field` names the input
 * field, e.g. `input.priceCents`), so the form shows both kinds alike.
 */
export function invalidInput(field: string, message: string): { readonly error: ApiError } {
  return { error: { code: 'ValidationError' satisfies ErrorType, message, field, info: { field } } };
}
