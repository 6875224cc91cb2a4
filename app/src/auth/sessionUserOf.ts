import type { SessionUser } from './SessionUser.js';

/** The Cognito group whose members manage the catalog (`@aws_cognito_user_pools(cognito_groups: ["admins"])`). */
export const ADMINS_GROUP = 'admins';

/**
 * The user an ID token's claims describe (`fetchAuthSession().tokens.idToken.payload`). Groups come from
 * `cognito:groups`, which Cognito leaves out when the user is in none.
 *
 * @example
 * sessionUserOf({ sub: 'u1', email: 'a@example.com', 'cognito:groups': ['admins'] }).isAdmin // => true
 */
export function sessionUserOf(claims: Readonly<Record<string, unknown>>): SessionUser {
  const groupsClaim = claims['cognito:groups'];
  const groups = Array.isArray(groupsClaim)
    ? groupsClaim.filter((group): group is string => typeof group === 'string')
    : [];
  const text = (claim: string): string | null => {
    const value = claims[claim];
    return typeof value === 'string' && value !== '' ? value : null;
  };
  return {
    id: text('sub') ?? '',
    email: text('email') ?? text('cognito:username') ?? '',
    name: text('name'),
    groups,
    isAdmin: groups.includes(ADMINS_GROUP),
  };
}
