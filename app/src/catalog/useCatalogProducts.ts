import { useQuery } from '@apollo/client/react';
import { useProductPages } from '../api/useProductPages.js';
import type { ProductPages } from '../api/useProductPages.js';
import { graphql } from '../gql/index.js';
import type { ProductCardFieldsFragment, ProductFilter } from '../gql/graphql.js';
import type { CatalogSearch } from './catalogSearchOf.js';

const CatalogProducts = graphql(`
  query CatalogProducts($filter: ProductFilter, $sort: ProductSort, $limit: Int, $nextToken: String) {
    products(filter: $filter, sort: $sort, limit: $limit, nextToken: $nextToken) {
      items {
        ...ProductCardFields
      }
      nextToken
    }
  }
`);

/** Products per page of the catalog (the API allows 1 to 100). */
export const CATALOG_PAGE_SIZE = 24;

/** The catalog's products for a search, page by page. */
export type CatalogProducts = ProductPages<ProductCardFieldsFragment>;

/**
 * The active products matching `search`, `CATALOG_PAGE_SIZE` at a time, read with the API key or the
 * signed-in user's token. Shown from the cache at once and refreshed from the API, so a product an admin
 * just created or restocked appears.
 */
export function useCatalogProducts({ search, category, sort }: CatalogSearch): CatalogProducts {
  const filter: ProductFilter = {
    ...(search ? { search } : {}),
    ...(category ? { category } : {}),
  };
  const query = useQuery(CatalogProducts, {
    variables: { filter, sort, limit: CATALOG_PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
    nextFetchPolicy: 'cache-first',
  });
  return useProductPages(query);
}
