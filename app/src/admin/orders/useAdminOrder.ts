import { useQuery } from '@apollo/client/react';
import type { ApiError } from '../../api/ApiError.js';
import { apiErrorOf } from '../../api/apiErrorOf.js';
import { graphql } from '../../gql/index.js';
import type { AdminOrderFieldsFragment } from '../../gql/graphql.js';

const AdminOrder = graphql(`
  query AdminOrder($id: ID!) {
    order(id: $id) {
      ...AdminOrderFields
    }
  }
`);

/**
 * One order with its lines and history (`order`): `undefined` while loading, `null` when no order has
 * this id. Read fresh when shown; `refresh` reads it again (when its status changed).
 */
export function useAdminOrder(id: string): {
  readonly order: AdminOrderFieldsFragment | null | undefined;
  readonly error: ApiError | undefined;
  readonly refresh: () => void;
} {
  const query = useQuery(AdminOrder, { variables: { id }, fetchPolicy: 'cache-and-network' });
  return {
    order: query.data ? query.data.order : undefined,
    error: query.error ? apiErrorOf(query.error) : undefined,
    refresh: () => void query.refetch().catch(() => undefined),
  };
}
