import { useQuery } from '@apollo/client/react';
import { useProductPages } from '../api/useProductPages.js';
import type { ProductPages } from '../api/useProductPages.js';
import { graphql } from '../gql/index.js';
import type { AdminProductFieldsFragment } from '../gql/graphql.js';

const AdminProducts = graphql(`
  query AdminProducts($filter: ProductFilter, $limit: Int, $nextToken: String) {
    products(filter: $filter, sort: NEWEST, limit: $limit, nextToken: $nextToken) {
      items {
        ...AdminProductFields
      }
      nextToken
    }
  }
`);

const PAGE_SIZE = 50;

/**
 * The catalog's active products (or, with `archived`, the archived ones) with their stock, newest
 * first, 50 at a time, optionally only those whose name or SKU contains `search`. Always read again from
 * the API when shown.
 */
export function useAdminProducts(search: string, archived = false): ProductPages<AdminProductFieldsFragment> {
  return useProductPages(
    useQuery(AdminProducts, {
      variables: {
        filter: { ...(search ? { search } : {}), ...(archived ? { archived: true } : {}) },
        limit: PAGE_SIZE,
      },
      fetchPolicy: 'cache-and-network',
      nextFetchPolicy: 'cache-first',
    }),
  );
}
