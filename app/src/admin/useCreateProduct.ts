import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../gql/index.js';
import type { AdminProductFieldsFragment, CreateProductInput } from '../gql/graphql.js';
import { evictProductLists } from './evictProductLists.js';

const CreateProduct = graphql(`
  mutation CreateProduct($input: CreateProductInput!) {
    createProduct(input: $input) {
      ...AdminProductFields
    }
  }
`);

/**
 * `createProduct`: resolves to the new product; rejects with the API's error (`ValidationError` naming
 * the field, `Conflict` for a SKU in use).
 */
export function useCreateProduct(): {
  readonly create: (input: CreateProductInput) => Promise<AdminProductFieldsFragment>;
  readonly pending: boolean;
} {
  const [mutate, { loading }] = useMutation(CreateProduct, { update: evictProductLists });
  const create = useCallback(
    async (input: CreateProductInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('createProduct answered without data');
      return data.createProduct;
    },
    [mutate],
  );
  return { create, pending: loading };
}
