import { readPageToken as readSignedToken } from '../lib/pageToken.js';
import type { ProductSort } from '../../schema/generated/types.js';
import { validationError } from './CatalogError.js';
import type { PagePosition, ProductListFilter } from './ProductListQuery.js';

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
    filter.archived,
  ]);
}

export { writePageToken } from '../lib/pageToken.js';

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
  const position = readSignedToken(token, scope, key, valueType);
  if (position === null) throw validationError('nextToken', 'is not a token of this query');
  return position;
}
