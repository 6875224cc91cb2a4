import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql/index.js';
import type { AdminProductFieldsFragment, UpdateProductInput } from '../gql/graphql.js';
import { evictProductLists } from './evictProductLists.js';

const UpdateProduct = graphql(`
  mutation UpdateProduct($id: ID!, $input: UpdateProductInput!, $expectedVersion: Int) {
    updateProduct(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...AdminProductFields
    }
  }
`);

/**
 * `updateProduct` based on the version the admin saw: resolves to the changed product; rejects with the
 * API's error (`Conflict` when someone changed it since, `ValidationError`, `NotFound`).
 */
export function useUpdateProduct(): {
  readonly update: (
    id: string,
    input: UpdateProductInput,
    expectedVersion: number,
  ) => Promise<AdminProductFieldsFragment>;
  readonly pending: boolean;
} {
  const [mutate, { loading }] = useMutation(UpdateProduct, { update: evictProductLists });
  const update = useCallback(
    async (id: string, input: UpdateProductInput, expectedVersion: number) => {
      const { data } = await mutate({ variables: { id, input, expectedVersion } });
      if (!data) throw new Error('updateProduct answered without data');
      return data.updateProduct;
    },
    [mutate],
  );
  return { update, pending: loading };
}
