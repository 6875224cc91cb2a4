import { util } from '@aws-appsync/utils';
import type { AddressInput } from '../../schema/generated/types.js';

/** Answers a `ValidationError` naming the field (`errorInfo.field`, with any `info` beside it). */
export function invalid(field: string, message: string, info: Record<string, unknown> = {}): never {
  return util.error(`${field}: ${message}`, 'ValidationError', null, Object.assign({ field }, info));
}

// Java patterns for util.matches (APPSYNC_JS has no regex literals). Java reads a string by code point,
// so a surrogate pair is one character and only an unpaired half falls in D800-DFFF.
const HOLDS_NUL = '(?s).*\\x{0}.*';
const HOLDS_UNPAIRED_SURROGATE = '(?s).*[\\x{D800}-\\x{DFFF}].*';

/**
 * Trims `value` and checks its length in characters; answers a `ValidationError` naming the field. Text
 * holding U+0000 or an unpaired surrogate is refused: neither is a character to store.
 */
export function text(field: string, value: string, min: number, max: number): string {
  if (util.matches(HOLDS_NUL, value)) invalid(field, 'must not contain the NUL character (U+0000)');
  if (util.matches(HOLDS_UNPAIRED_SURROGATE, value)) {
    invalid(field, 'must be well-formed Unicode (it holds an unpaired surrogate)');
  }
  const trimmed = value.trim();
  if (trimmed.length < min || trimmed.length > max) {
    invalid(field, min > 0 ? `must be ${min} to ${max} characters` : `must be at most ${max} characters`);
  }
  return trimmed;
}

/** A stored address: the input checked against the limits `schema.graphql` states, trimmed. */
export function address(field: string, input: AddressInput): AddressInput {
  const country = input.country.trim();
  if (!util.matches('^[A-Z]{2}$', country)) {
    invalid(`${field}.country`, 'must be an ISO 3166-1 alpha-2 code such as DE');
  }
  const line2 = input.line2 ? text(`${field}.line2`, input.line2, 0, 200) : '';
  return {
    name: text(`${field}.name`, input.name, 1, 100),
    line1: text(`${field}.line1`, input.line1, 1, 200),
    line2: line2 === '' ? null : line2,
    city: text(`${field}.city`, input.city, 1, 100),
    postalCode: text(`${field}.postalCode`, input.postalCode, 1, 20),
    country,
  };
}

/** A product id argument: 1 to 100 characters (ids the catalog issues are far shorter). */
export function productId(field: string, value: string): string {
  if (value.length < 1 || value.length > 100) {
    invalid(field, 'must be a product id of 1 to 100 characters');
  }
  return value;
}
