import { useQuery } from '@apollo/client/react';
import type { ApiError } from '../api/ApiError.js';
import { apiErrorOf } from '../api/apiErrorOf.js';
import type { ShopperOrderFieldsFragment } from '../gql/graphql.js';
import { ShopperOrder } from './orderOperations.js';

/**
 * One of the signed-in shopper's orders: undefined while loading, null when there is none with this id
 * (or it is another shopper's); `refresh` reads it again from the API.
 */
export function useShopperOrder(id: string): {
  readonly order: ShopperOrderFieldsFragment | null | undefined;
  readonly error: ApiError | undefined;
  readonly refresh: () => void;
} {
  const query = useQuery(ShopperOrder, { variables: { id }, fetchPolicy: 'cache-and-network' });
  return {
    order: query.data ? query.data.order : undefined,
    error: query.error ? apiErrorOf(query.error) : undefined,
    refresh: () => void query.refetch().catch(() => undefined),
  };
}
