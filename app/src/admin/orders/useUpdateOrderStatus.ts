import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../gql/index.js';
import type { AdminOrderFieldsFragment, OrderStatus } from '../../gql/graphql.js';

const UpdateOrderStatus = graphql(`
  mutation AdminUpdateOrderStatus($id: ID!, $status: OrderStatus!, $reason: String) {
    updateOrderStatus(id: $id, status: $status, reason: $reason) {
      ...AdminOrderFields
    }
  }
`);

/**
 * `updateOrderStatus`: moves the order and resolves to it with its new history (the cached order is
 * updated by the answer); rejects with the API's error (`InvalidStateTransition` when the order moved on
 * meanwhile, `NotFound`, `ValidationError` for a reason over 500 characters).
 */
export function useUpdateOrderStatus(): {
  readonly move: (id: string, status: OrderStatus, reason: string) => Promise<AdminOrderFieldsFragment>;
  readonly pending: boolean;
} {
  const [mutate, { loading }] = useMutation(UpdateOrderStatus, {
    // A list filtered by status may lose or gain the order: lists are read again when next shown.
    update: (cache) => {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'orders' });
      cache.gc();
    },
  });
  const move = useCallback(
    async (id: string, status: OrderStatus, reason: string) => {
      const { data } = await mutate({ variables: { id, status, reason: reason || null } });
      if (!data) throw new Error('updateOrderStatus answered without data');
      return data.updateOrderStatus;
    },
    [mutate],
  );
  return { move, pending: loading };
}
