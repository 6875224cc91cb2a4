/**
 * The headers that authorize a GraphQL request to AppSync: the user pool ID token as `Authorization` when
 * a user is signed in (AppSync takes the bare token, no `Bearer`), else the public API key, which only the
 * catalog reads accept.
 *
 * @example
 * authHeaders(undefined, 'da2-key') // => { 'x-api-key': 'da2-key' }
 */
export function authHeaders(idToken: string | undefined, apiKey: string): Readonly<Record<string, string>> {
  return idToken ? { authorization: idToken } : { 'x-api-key': apiKey };
}
