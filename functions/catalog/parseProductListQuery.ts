import type { QueryProductsArgs } from '../../schema/generated/types.js';
import { validationError } from './CatalogError.js';
import { integerIn, text } from './fieldChecks.js';
import { PRODUCT_LIMITS } from './productLimits.js';
import type { ProductListQuery } from './ProductListQuery.js';

/** Page size when `limit` is omitted (`schema.graphql`: `limit` arguments). */
export const DEFAULT_LIMIT = 20;
/** Largest page (`schema.graphql`: `limit` arguments). */
export const MAX_LIMIT = 100;
// A page token is about 150 characters; anything far longer is refused before it is read.
const MAX_TOKEN_LENGTH = 1024;

/**
 * Checks the arguments of `products` against the schema's limits and normalises them: strings trimmed,
 * absent values null, `sort` NEWEST and `limit` 20 by default. Throws a `ValidationError` naming the
 * argument (`filter.category`, `filter.search`, `filter.minPriceCents`, `filter.maxPriceCents`, `limit`,
 * `nextToken`). The token's signature is checked later, by `readPageToken`.
 */
export function parseProductListQuery(args: QueryProductsArgs): ProductListQuery {
  const filter = args.filter ?? {};
  const minPriceCents =
    filter.minPriceCents == null
      ? null
      : integerIn('filter.minPriceCents', filter.minPriceCents, 0, PRODUCT_LIMITS.maxPriceCents);
  const maxPriceCents =
    filter.maxPriceCents == null
      ? null
      : integerIn('filter.maxPriceCents', filter.maxPriceCents, 0, PRODUCT_LIMITS.maxPriceCents);
  if (minPriceCents !== null && maxPriceCents !== null && maxPriceCents < minPriceCents) {
    throw validationError('filter.maxPriceCents', 'must not be below filter.minPriceCents');
  }
  const nextToken = args.nextToken ?? null;
  if (nextToken !== null && (nextToken === '' || nextToken.length > MAX_TOKEN_LENGTH)) {
    throw validationError('nextToken', 'is not a token of this query');
  }
  return {
    filter: {
      category: filter.category == null ? null : text('filter.category', filter.category, 1, 100),
      search: filter.search == null ? null : text('filter.search', filter.search, 1, 100),
      minPriceCents,
      maxPriceCents,
      inStockOnly: filter.inStockOnly === true,
      archived: filter.archived === true,
    },
    sort: args.sort ?? 'NEWEST',
    limit: args.limit == null ? DEFAULT_LIMIT : integerIn('limit', args.limit, 1, MAX_LIMIT),
    nextToken,
  };
}
