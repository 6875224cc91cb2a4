import type { ApiError } from '../api/ApiError.js';

/** What a form gives: the input to send, or why it cannot be sent (`invalidInput`: a sentence and the field). */
export type FormResult<T> = { readonly input: T } | { readonly error: ApiError };

/** A form's fields by name (`FormData`, or a `Map` in tests). */
export interface FormFields {
  get(name: string): unknown;
}
