import { decodeJwt, decodeProtectedHeader, errors, jwtVerify } from 'jose';
import type { JWTPayload } from 'jose';
import type { UserPoolAuthSpec } from './AuthConfig.js';
import type { CognitoIdentity, UserPoolAuth } from './AuthResult.js';
import { authErrors } from './authErrors.js';
import { remoteKeySet } from './remoteKeySet.js';

/** What a Cognito caller's identity carries besides the token. */
export interface UserPoolContext {
  readonly sourceIp: readonly string[];
  readonly defaultAuthStrategy: 'ALLOW' | 'DENY';
  /** Epoch milliseconds the token's `exp` is compared with. */
  readonly now: number;
}

/** jose failures that mean "this token is not a valid token of this pool" (as opposed to a failing JWKS fetch). */
const INVALID_TOKEN_CODES: ReadonlySet<string> = new Set([
  'ERR_JWS_SIGNATURE_VERIFICATION_FAILED',
  'ERR_JWKS_NO_MATCHING_KEY',
  'ERR_JWKS_MULTIPLE_MATCHING_KEYS',
  'ERR_JWT_CLAIM_VALIDATION_FAILED',
  'ERR_JWS_INVALID',
  'ERR_JWT_INVALID',
  'ERR_JOSE_ALG_NOT_ALLOWED',
  'ERR_JOSE_NOT_SUPPORTED',
]);

/**
 * Verifies a Cognito user pool JWT as AppSync does: an RS256 signature by a key of the pool's JWKS, the
 * pool's issuer, an unexpired `exp`, and `token_use` `id` (whose `aud` must be an accepted client) or
 * `access` (whose `client_id` must be). Returns the Cognito `ctx.identity`.
 *
 * Throws `authErrors.unparsableToken()` for a string that is not a JWT, `expiredToken()` for an expired
 * genuine token, `invalidToken()` for any other failure; a failing JWKS fetch is the key server's fault
 * and is rethrown as is.
 */
export async function authenticateUserPool(
  token: string,
  userPool: UserPoolAuthSpec,
  context: UserPoolContext,
): Promise<UserPoolAuth> {
  try {
    decodeProtectedHeader(token);
    decodeJwt(token);
  } catch {
    throw authErrors.unparsableToken();
  }

  let claims: JWTPayload;
  try {
    ({ payload: claims } = await jwtVerify(token, remoteKeySet(userPool.jwksUrl), {
      issuer: userPool.issuer,
      algorithms: ['RS256'],
      currentDate: new Date(context.now),
      requiredClaims: ['sub', 'exp', 'token_use'],
    }));
  } catch (error) {
    if (error instanceof errors.JWTExpired) throw authErrors.expiredToken();
    if (error instanceof errors.JOSEError && INVALID_TOKEN_CODES.has(error.code))
      throw authErrors.invalidToken();
    throw error;
  }

  const client = clientOf(claims);
  if (client === undefined || !userPool.clientIds.includes(client)) throw authErrors.invalidToken();
  const username = claims.token_use === 'id' ? claims['cognito:username'] : claims.username;
  if (typeof claims.sub !== 'string' || typeof username !== 'string') throw authErrors.invalidToken();

  const groups = claims['cognito:groups'];
  const identity: CognitoIdentity = {
    sub: claims.sub,
    issuer: userPool.issuer,
    username,
    claims,
    sourceIp: context.sourceIp,
    defaultAuthStrategy: context.defaultAuthStrategy,
    groups: Array.isArray(groups)
      ? groups.filter((group): group is string => typeof group === 'string')
      : null,
  };
  return { mode: 'AMAZON_COGNITO_USER_POOLS', identity };
}

/** The app client a token was issued to: `aud` of an id token, `client_id` of an access token. */
function clientOf(claims: JWTPayload): string | undefined {
  if (claims.token_use === 'id') {
    // Cognito sets a single audience; a list is accepted if it holds exactly one.
    const audience = Array.isArray(claims.aud) && claims.aud.length === 1 ? claims.aud[0] : claims.aud;
    return typeof audience === 'string' ? audience : undefined;
  }
  if (claims.token_use === 'access')
    return typeof claims.client_id === 'string' ? claims.client_id : undefined;
  return undefined;
}
