import type { ApolloCache } from '@apollo/client';

/**
 * Drops the cached lists a catalog change may alter (which products match, which are low on stock, which
 * categories exist), so every list shown next is read again. The changed product itself is updated in the
 * cache by the mutation's answer.
 */
export function evictProductLists(cache: ApolloCache): void {
  for (const fieldName of ['products', 'lowStockProducts', 'categories'])
    cache.evict({ id: 'ROOT_QUERY', fieldName });
  cache.gc();
}
