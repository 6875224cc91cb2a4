/** How the console authorizes its requests: AppSync's API key, a user pool sign-in, or a pasted token. */
export type AuthMode = 'apiKey' | 'userPool' | 'token';

/** The console's authorization choice and the token each token mode holds. */
export interface Authorization {
  readonly mode: AuthMode;
  /** The id token of the email and password sign-in. */
  readonly userPoolToken?: string;
  /** A token pasted as is (an id or access token from elsewhere). */
  readonly pastedToken?: string;
}

/** The console's state before any choice: the API key, as the public endpoint expects from guests. */
export const API_KEY_AUTHORIZATION: Authorization = { mode: 'apiKey' };

/** The token the current mode sends, if any. */
export function activeToken(authorization: Authorization): string | undefined {
  if (authorization.mode === 'userPool') return authorization.userPoolToken;
  if (authorization.mode === 'token') return authorization.pastedToken;
  return undefined;
}

/**
 * The headers AppSync reads for the chosen mode: `x-api-key`, or `Authorization` with the raw JWT (AppSync
 * takes it without a `Bearer` prefix). A token mode without a token sends neither, and AppSync answers
 * `UnauthorizedException`, as it would on AWS.
 */
export function authorizationHeaders(
  authorization: Authorization,
  apiKey: string,
): Readonly<Record<string, string>> {
  if (authorization.mode === 'apiKey') return { 'x-api-key': apiKey };
  const token = activeToken(authorization);
  return token ? { authorization: token } : {};
}

/** A pasted token as AppSync wants it: trimmed, without the `Bearer ` that copied curl commands carry. */
export function normalizeToken(pasted: string): string {
  return pasted.trim().replace(/^Bearer\s+/i, '');
}
