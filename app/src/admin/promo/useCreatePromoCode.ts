import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../gql/index.js';
import type { CreatePromoCodeInput, PromoCodeFieldsFragment } from '../../gql/graphql.js';
import { evictPromoCodes } from './evictPromoCodes.js';

const CreatePromoCode = graphql(`
  mutation AdminCreatePromoCode($input: CreatePromoCodeInput!) {
    createPromoCode(input: $input) {
      ...PromoCodeFields
    }
  }
`);

/**
 * `createPromoCode`: resolves to the new code (stored upper-case); rejects with the API's error
 * (`ValidationError` naming the field, `Conflict` when the code exists).
 */
export function useCreatePromoCode(): {
  readonly create: (input: CreatePromoCodeInput) => Promise<PromoCodeFieldsFragment>;
  readonly pending: boolean;
} {
  const [mutate, { loading }] = useMutation(CreatePromoCode, { update: evictPromoCodes });
  const create = useCallback(
    async (input: CreatePromoCodeInput) => {
      const { data } = await mutate({ variables: { input } });
      if (!data) throw new Error('createPromoCode answered without data');
      return data.createPromoCode;
    },
    [mutate],
  );
  return { create, pending: loading };
}
