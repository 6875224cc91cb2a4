import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql/index.js';
import type { AdminProductFieldsFragment } from '../gql/graphql.js';
import { evictProductLists } from './evictProductLists.js';

const AdjustStock = graphql(`
  mutation AdjustStock($id: ID!, $delta: Int!, $reason: String!) {
    adjustStock(id: $id, delta: $delta, reason: $reason) {
      ...AdminProductFields
    }
  }
`);

/**
 * `adjustStock`: adds (`delta` > 0) or takes units, recorded with `reason`; resolves to the product with
 * its new stock; rejects with `ValidationError` (a zero delta, stock below 0, an empty reason) or `NotFound`.
 */
export function useAdjustStock(): {
  readonly adjust: (id: string, delta: number, reason: string) => Promise<AdminProductFieldsFragment>;
  readonly pending: boolean;
} {
  const [mutate, { loading }] = useMutation(AdjustStock, { update: evictProductLists });
  const adjust = useCallback(
    async (id: string, delta: number, reason: string) => {
      const { data } = await mutate({ variables: { id, delta, reason } });
      if (!data) throw new Error('adjustStock answered without data');
      return data.adjustStock;
    },
    [mutate],
  );
  return { adjust, pending: loading };
}
