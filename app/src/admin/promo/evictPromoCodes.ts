import type { ApolloCache } from '@apollo/client';

/** Drops the cached promo code lists after a code is created, so the list shown next holds it. */
export function evictPromoCodes(cache: ApolloCache): void {
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'promoCodes' });
  cache.gc();
}
