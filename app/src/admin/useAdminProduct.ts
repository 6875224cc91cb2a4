import { useQuery } from '@apollo/client/react';
import type { ApiError } from '../api/ApiError.js';
import { apiErrorOf } from '../api/apiErrorOf.js';
import { graphql } from '../gql/index.js';
import type { AdminProductFieldsFragment } from '../gql/graphql.js';

const AdminProduct = graphql(`
  query AdminProduct($id: ID!) {
    product(id: $id) {
      ...AdminProductFields
    }
  }
`);

/**
 * One product with its admin fields, archived ones included: `undefined` while loading, `null` when no
 * product has this id. Read fresh when shown, so the version an edit is based on is current.
 */
export function useAdminProduct(id: string): {
  readonly product: AdminProductFieldsFragment | null | undefined;
  readonly error: ApiError | undefined;
  readonly retry: () => void;
} {
  const query = useQuery(AdminProduct, { variables: { id }, fetchPolicy: 'cache-and-network' });
  return {
    product: query.data ? query.data.product : undefined,
    error: query.error ? apiErrorOf(query.error) : undefined,
    retry: () => void query.refetch().catch(() => undefined),
  };
}
