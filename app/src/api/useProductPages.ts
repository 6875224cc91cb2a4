import type {
  ConnectionData,
  ConnectionItem,
  ConnectionPages,
  ConnectionQueryResult,
} from './useConnectionPages.js';
import { useConnectionPages } from './useConnectionPages.js';

/** A `products` connection loaded page by page. */
export interface ProductPages<T> extends Omit<ConnectionPages<T>, 'items'> {
  /** The products of every page loaded so far; undefined until the first page arrives. */
  readonly products: readonly T[] | undefined;
}

/**
 * Paging over a `products(…, nextToken)` query (`useConnectionPages`); the cache's `products` field policy
 * appends each further page.
 */
export function useProductPages<TData extends ConnectionData<'products'>>(
  query: ConnectionQueryResult<TData>,
): ProductPages<ConnectionItem<TData, 'products'>> {
  const { items, ...pages } = useConnectionPages(query, 'products', 'cache');
  return { ...pages, products: items };
}
