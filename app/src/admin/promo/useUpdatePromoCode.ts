import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import { graphql } from '../../gql/index.js';
import type { PromoCodeFieldsFragment, UpdatePromoCodeInput } from '../../gql/graphql.js';

const UpdatePromoCode = graphql(`
  mutation AdminUpdatePromoCode($code: String!, $input: UpdatePromoCodeInput!) {
    updatePromoCode(code: $code, input: $input) {
      ...PromoCodeFields
    }
  }
`);

/**
 * `updatePromoCode`: changes the code's rules, or deactivates (`active: false`) or reactivates it;
 * resolves to the changed code, its redemptions kept; rejects with the API's error (`ValidationError`,
 * e.g. a total below the uses made, `NotFound`).
 */
export function useUpdatePromoCode(): {
  readonly update: (code: string, input: UpdatePromoCodeInput) => Promise<PromoCodeFieldsFragment>;
  readonly pending: boolean;
} {
  // The answer updates the cached code (known by its code) in every list that holds it.
  const [mutate, { loading }] = useMutation(UpdatePromoCode);
  const update = useCallback(
    async (code: string, input: UpdatePromoCodeInput) => {
      const { data } = await mutate({ variables: { code, input } });
      if (!data) throw new Error('updatePromoCode answered without data');
      return data.updatePromoCode;
    },
    [mutate],
  );
  return { update, pending: loading };
}
