import { createHmac, timingSafeEqual } from 'node:crypto';
import type { ProductSort } from '../../schema/generated/types.js';
import { validationError } from './CatalogError.js';
import type { PagePosition, ProductListFilter } from './ProductListQuery.js';

// The version of the token format; a token of another version is refused like a forged one.
const FORMAT = 'p1';

/**
 * The query a token belongs to: the sort and the normalised filter, in a fixed order. It is part of what
 * the token's MAC covers (not of the token itself), so a token passed back with another filter or sort
 * fails the check.
 */
export function pageTokenScope(filter: ProductListFilter, sort: ProductSort): string {
  return JSON.stringify([
    sort,
    filter.category,
    filter.search,
    filter.minPriceCents,
    filter.maxPriceCents,
    filter.inStockOnly,
  ]);
}

/**
 * An opaque `nextToken`: `base64url(JSON position) "." base64url(HMAC-SHA256(key, format, scope, body))`.
 * The position (last sort value and id) is readable by whoever decodes it, which is harmless: it only
 * repeats the last item of a page the caller was given. What the MAC prevents is a token the shop did
 * not issue, for this query, with this key.
 */
export function writePageToken(position: PagePosition, scope: string, key: Uint8Array): string {
  const body = Buffer.from(JSON.stringify([position.value, position.id])).toString('base64url');
  return `${body}.${mac(key, scope, body).toString('base64url')}`;
}

/**
 * The position a `writePageToken` token holds, if it was issued with `key` for this `scope` and its value
 * has the sort's type. Anything else (edited, truncated, made up, issued by another deployment or for
 * another filter or sort) is a `ValidationError` on `nextToken`.
 */
export function readPageToken(
  token: string,
  scope: string,
  key: Uint8Array,
  valueType: 'string' | 'number',
): PagePosition {
  const refuse = () => validationError('nextToken', 'is not a token of this query');
  const [body, signature, extra] = token.split('.');
  if (body === undefined || signature === undefined || extra !== undefined) throw refuse();
  const expected = mac(key, scope, body);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw refuse();
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    throw refuse();
  }
  if (!Array.isArray(decoded) || decoded.length !== 2) throw refuse();
  const [value, id] = decoded as unknown[];
  if (typeof value !== valueType || typeof id !== 'string') throw refuse();
  return { value: value as string | number, id };
}

function mac(key: Uint8Array, scope: string, body: string): Buffer {
  return createHmac('sha256', key).update(`${FORMAT}\n${scope}\n${body}`).digest();
}
