import type { ProductConnection, QueryProductsArgs } from '../../../schema/generated/types.js';
import type { CatalogDeps } from '../CatalogDeps.js';
import { pageTokenScope, readPageToken, writePageToken } from '../pageToken.js';
import { parseProductListQuery } from '../parseProductListQuery.js';
import type { ProductRecord } from '../ProductRecord.js';
import { readProductRecord } from '../readProductRecord.js';
import { PRODUCT_SORTS } from '../sql/productSorts.js';
import type { SortSpec } from '../sql/productSorts.js';
import { selectProductsPage } from '../sql/selectProductsPage.js';
import { toProduct } from '../toProduct.js';

/**
 * `products`: one page of active products (archived ones for admins who ask), filtered and sorted, with a signed `nextToken` when more
 * follow. Always exactly one SQL statement: it fetches `limit + 1` rows, and the extra row only tells that
 * a next page exists.
 */
export async function listProducts(args: QueryProductsArgs, deps: CatalogDeps): Promise<ProductConnection> {
  const query = parseProductListQuery(args);
  const sort = PRODUCT_SORTS[query.sort];
  const scope = pageTokenScope(query.filter, query.sort);
  const after =
    query.nextToken === null
      ? null
      : readPageToken(query.nextToken, scope, deps.pageTokenKey, sort.valueType);
  const rows = await deps.db.query(selectProductsPage(query.filter, query.sort, after, query.limit + 1));
  const records = rows.slice(0, query.limit).map(readProductRecord);
  const last = records.at(-1);
  return {
    items: records.map((record) => toProduct(record, deps.currency)),
    nextToken:
      rows.length > query.limit && last !== undefined
        ? writePageToken({ value: sortValue(last, sort), id: last.id }, scope, deps.pageTokenKey)
        : null,
  };
}

function sortValue(record: ProductRecord, sort: SortSpec): string | number {
  switch (sort.column) {
    case 'created_at':
      return record.createdAt;
    case 'price_cents':
      return record.priceCents;
    case 'name':
      return record.name;
  }
}
