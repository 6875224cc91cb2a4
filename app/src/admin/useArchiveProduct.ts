import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql/index.js';
import type { AdminProductFieldsFragment } from '../gql/graphql.js';
import { evictProductLists } from './evictProductLists.js';

const DeleteProduct = graphql(`
  mutation DeleteProduct($id: ID!) {
    deleteProduct(id: $id) {
      ...AdminProductFields
    }
  }
`);

/** `deleteProduct`: archives the product (it leaves the catalog) and resolves to it; rejects with `NotFound`. */
export function useArchiveProduct(): {
  readonly archive: (id: string) => Promise<AdminProductFieldsFragment>;
  readonly pending: boolean;
} {
  const [mutate, { loading }] = useMutation(DeleteProduct, { update: evictProductLists });
  const archive = useCallback(
    async (id: string) => {
      const { data } = await mutate({ variables: { id } });
      if (!data) throw new Error('deleteProduct answered without data');
      return data.deleteProduct;
    },
    [mutate],
  );
  return { archive, pending: loading };
}
