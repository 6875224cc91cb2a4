import { validationError } from './CatalogError.js';

// schema.graphql, CreateProductInput.sku.
const SKU = /^[A-Z0-9][A-Z0-9-]{1,39}$/;

/** Length in characters (code points), as the schema's limits and MySQL's VARCHAR count them. */
const length = (value: string): number => [...value].length;

// An unpaired surrogate: with the `u` flag a pair is one code point, so only a lone half is `Cs`.
const UNPAIRED_SURROGATE = /\p{Cs}/u;

/**
 * `value` when it is text to store and search as given: no U+0000 (SQLite ends a LIKE pattern there, so
 * a search for it matched every product) and no unpaired surrogate (no character at all: it reached the
 * database replaced). A `ValidationError` naming `field` otherwise.
 */
function wellFormed(field: string, value: string): string {
  if (value.includes('\u0000')) throw validationError(field, 'must not contain the NUL character (U+0000)');
  if (UNPAIRED_SURROGATE.test(value)) {
    throw validationError(field, 'must be well-formed Unicode (it holds an unpaired surrogate)');
  }
  return value;
}

/** `value` trimmed, well-formed, `min` to `max` characters; a `ValidationError` naming `field` otherwise. */
export function text(field: string, value: string, min: number, max: number): string {
  const trimmed = wellFormed(field, value).trim();
  const size = length(trimmed);
  if (size < min || size > max) {
    throw validationError(
      field,
      min > 0 ? `must be ${min} to ${max} characters` : `must be at most ${max} characters`,
    );
  }
  return trimmed;
}

/** An integer from `min` to `max`; a `ValidationError` naming `field` otherwise. */
export function integerIn(field: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw validationError(field, `must be an integer from ${min} to ${max}`);
  }
  return value;
}

/** A SKU: 2 to 40 upper-case letters, digits and hyphens, starting with a letter or digit. */
export function sku(field: string, value: string): string {
  const trimmed = value.trim();
  if (!SKU.test(trimmed)) {
    throw validationError(
      field,
      'must be 2 to 40 upper-case letters, digits or hyphens, starting with a letter or digit',
    );
  }
  return trimmed;
}

/** An absolute, well-formed `https:` URL of at most 2048 characters. */
export function httpsUrl(field: string, value: string): string {
  const trimmed = wellFormed(field, value).trim();
  if (length(trimmed) > 2048) throw validationError(field, 'must be at most 2048 characters');
  if (!URL.canParse(trimmed) || new URL(trimmed).protocol !== 'https:' || new URL(trimmed).host === '') {
    throw validationError(field, 'must be an https URL');
  }
  return trimmed;
}
