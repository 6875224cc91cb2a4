import { useMutation } from '@apollo/client/react';
import { useCallback } from 'react';
import type { ApiError } from '../api/ApiError.js';
import { apiErrorOf } from '../api/apiErrorOf.js';
import { graphql } from '../gql/index.js';
import type { UpdateProfileInput } from '../gql/graphql.js';

const UpdateProfile = graphql(`
  mutation UpdateProfile($input: UpdateProfileInput!) {
    updateProfile(input: $input) {
      ...ProfileFields
    }
  }
`);

/**
 * `updateProfile` for the signed-in user: `save` resolves to undefined when saved (the cached profile,
 * and so the header's name, follow at once), or to why not.
 */
export function useUpdateProfile(): {
  readonly save: (input: UpdateProfileInput) => Promise<ApiError | undefined>;
  readonly saving: boolean;
} {
  const [mutate, { loading }] = useMutation(UpdateProfile);
  const save = useCallback(
    (input: UpdateProfileInput) =>
      mutate({ variables: { input } }).then(
        () => undefined,
        (error: unknown) => apiErrorOf(error),
      ),
    [mutate],
  );
  return { save, saving: loading };
}
