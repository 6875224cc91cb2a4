import type { ApiError } from '../api/ApiError.js';

/**
 * A failure a form finds before sending anything: a sentence for the person (shown as written: it has
 * no API `errorType`, so `code` is null) and the input field at fault, named as the API names it
 * (`input.priceCents`), so the form marks that field as it marks the field of the API's own
 * `ValidationError`.
 *
 * @example
 * invalidInput('input.priceCents', 'Enter the price as a number such as 12.90')
 * // => { error: { code: null, message: 'Enter the price …', field: 'input.priceCents', info: { field: 'input.priceCents' } } }
 */
export function invalidInput(field: string, message: string): { readonly error: ApiError } {
  return { error: { code: null, message, field, info: { field } } };
}
