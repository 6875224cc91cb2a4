import { useQuery } from '@apollo/client/react';
import type { ApiError } from '../api/ApiError.js';
import { apiErrorOf } from '../api/apiErrorOf.js';
import { graphql } from '../gql/index.js';
import type { CategoriesQuery } from '../gql/graphql.js';

const Categories = graphql(`
  query Categories {
    categories {
      name
      productCount
    }
  }
`);

/** The categories that have active products, by name, for the catalog's filter and the admin's form. */
export function useCategories(): {
  readonly categories: CategoriesQuery['categories'] | undefined;
  readonly loading: boolean;
  readonly error: ApiError | undefined;
} {
  const query = useQuery(Categories, { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' });
  return {
    categories: query.data?.categories,
    loading: query.loading,
    error: query.error ? apiErrorOf(query.error) : undefined,
  };
}
