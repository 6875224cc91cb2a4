import { useQuery } from '@apollo/client/react';
import type { ApiError } from '../api/ApiError.js';
import { apiErrorOf } from '../api/apiErrorOf.js';
import { useAuth } from '../auth/useAuth.js';
import { graphql } from '../gql/index.js';
import type { ProfileFieldsFragment } from '../gql/graphql.js';

const Profile = graphql(`
  query Profile {
    me {
      ...ProfileFields
    }
  }
`);

/**
 * The signed-in user's profile (`me`): undefined for a guest and while it loads. Read once per session
 * and kept in the cache; `updateProfile` answers refresh it.
 */
export function useProfile(): {
  readonly profile: ProfileFieldsFragment | undefined;
  readonly loading: boolean;
  readonly error: ApiError | undefined;
  readonly retry: () => void;
} {
  const auth = useAuth();
  const query = useQuery(Profile, { skip: auth.state.status !== 'signedIn' });
  return {
    profile: query.data?.me,
    loading: query.loading,
    error: query.error ? apiErrorOf(query.error) : undefined,
    retry: () => void query.refetch().catch(() => undefined),
  };
}
