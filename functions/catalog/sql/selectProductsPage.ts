import type { SqlParameter } from '@aws-sdk/client-rds-data';
import type { PagePosition, ProductListFilter } from '../ProductListQuery.js';
import type { ProductSort } from '../../../schema/generated/types.js';
import { intParam, textParam } from '../../lib/sql/params.js';
import { PRODUCT_COLUMNS } from './productColumns.js';
import { PRODUCT_SORTS } from './productSorts.js';
import type { SqlRequest } from '../../lib/sql/SqlRequest.js';

// `!` escapes LIKE's wildcards: a backslash would need escaping itself in MySQL string literals, not in
// SQLite's, and `ESCAPE '!'` reads the same on both.
const escapeLike = (text: string): string => text.replace(/[!%_]/g, (char) => `!${char}`);

/**
 * One page of active products, keyset-paginated: the rows after `after` in the sort's order, at most
 * `fetch` of them (the caller asks one more than the page size to learn whether a next page exists).
 * One statement, whatever the page size. Search is case-insensitive on both engines
 * (`LOWER(column) LIKE LOWER(:pattern)`); its text is matched literally (`%` and `_` escaped). Each
 * parameter is named once: the Data API binds by name and the statement never reuses one.
 *
 * @example
 * selectProductsPage({ category: 'Tea', search: null, minPriceCents: null, maxPriceCents: null,
 *   inStockOnly: false }, 'PRICE_ASC', null, 21)
 * // => { sql: 'SELECT … WHERE active = 1 AND category = :category ORDER BY price_cents ASC, id ASC LIMIT :fetch', … }
 */
export function selectProductsPage(
  filter: ProductListFilter,
  sort: ProductSort,
  after: PagePosition | null,
  fetch: number,
): SqlRequest {
  const where = [filter.archived ? 'active = 0' : 'active = 1'];
  const parameters: SqlParameter[] = [];
  if (filter.category !== null) {
    where.push('category = :category');
    parameters.push(textParam('category', filter.category));
  }
  if (filter.search !== null) {
    const pattern = `%${escapeLike(filter.search)}%`;
    where.push(
      "(LOWER(name) LIKE LOWER(:search_name) ESCAPE '!' OR " +
        "LOWER(description) LIKE LOWER(:search_description) ESCAPE '!' OR " +
        "LOWER(sku) LIKE LOWER(:search_sku) ESCAPE '!')",
    );
    parameters.push(
      textParam('search_name', pattern),
      textParam('search_description', pattern),
      textParam('search_sku', pattern),
    );
  }
  if (filter.minPriceCents !== null) {
    where.push('price_cents >= :min_price');
    parameters.push(intParam('min_price', filter.minPriceCents));
  }
  if (filter.maxPriceCents !== null) {
    where.push('price_cents <= :max_price');
    parameters.push(intParam('max_price', filter.maxPriceCents));
  }
  if (filter.inStockOnly) where.push('stock > 0');

  const { column, direction } = PRODUCT_SORTS[sort];
  if (after !== null) {
    const beyond = direction === 'ASC' ? '>' : '<';
    where.push(`(${column} ${beyond} :after_value OR (${column} = :after_tie AND id ${beyond} :after_id))`);
    const value = (name: string): SqlParameter =>
      typeof after.value === 'number' ? intParam(name, after.value) : textParam(name, after.value);
    parameters.push(value('after_value'), value('after_tie'), textParam('after_id', after.id));
  }
  parameters.push(intParam('fetch', fetch));
  return {
    sql:
      `SELECT ${PRODUCT_COLUMNS} FROM products WHERE ${where.join(' AND ')} ` +
      `ORDER BY ${column} ${direction}, id ${direction} LIMIT :fetch`,
    parameters,
  };
}
