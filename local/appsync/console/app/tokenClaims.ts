/** What the console shows of a Cognito token: whose it is, their groups, and until when it holds. */
export interface TokenClaims {
  /** The `sub` claim. */
  readonly subject: string;
  /** `email` (id tokens), else `username` (access tokens), else `sub`. */
  readonly name: string;
  /** `cognito:groups`; empty when the user is in none. */
  readonly groups: readonly string[];
  /** `token_use`: `id` or `access` for Cognito tokens. */
  readonly tokenUse: string | undefined;
  /** `exp` in epoch milliseconds. */
  readonly expiresAt: number | undefined;
}

/**
 * Reads the payload of a JWT, without verifying it (the API does that on every request). Throws an
 * Error that says what is wrong when `token` is not a three-part JWT with a JSON payload that has a `sub`.
 */
export function tokenClaims(token: string): TokenClaims {
  const parts = token.split('.');
  if (parts.length !== 3 || !parts[1]) throw new Error('A token has three dot-separated parts (a JWT)');
  let payload: unknown;
  try {
    payload = JSON.parse(base64UrlDecode(parts[1]));
  } catch {
    throw new Error('The token payload is not base64url-encoded JSON');
  }
  if (typeof payload !== 'object' || payload === null) throw new Error('The token payload is not an object');
  const claims = payload as Record<string, unknown>;
  if (typeof claims.sub !== 'string') throw new Error('The token has no subject (sub)');
  const text = (key: string): string | undefined => {
    const value = claims[key];
    return typeof value === 'string' ? value : undefined;
  };
  const groups = claims['cognito:groups'];
  return {
    subject: claims.sub,
    name: text('email') ?? text('username') ?? claims.sub,
    groups: Array.isArray(groups) ? groups.filter((group): group is string => typeof group === 'string') : [],
    tokenUse: text('token_use'),
    expiresAt: typeof claims.exp === 'number' ? claims.exp * 1000 : undefined,
  };
}

function base64UrlDecode(text: string): string {
  const base64 = text
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(text.length / 4) * 4, '=');
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
}
