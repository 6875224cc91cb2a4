import { decodeJwt } from 'jose';
import type { CognitoIdentity } from '../../local/appsync/auth/index.js';
import type { Twin } from '../../local/twin.js';

/**
 * The `ctx.identity` the twin's auth builds for `idToken` (see `authenticateUserPool`), built here
 * without verifying the token, so that in-process execution leaves JWT verification out of the figure.
 */
export function cognitoIdentity(twin: Twin, idToken: string): CognitoIdentity {
  const claims = decodeJwt(idToken);
  const groups = claims['cognito:groups'];
  return {
    sub: String(claims.sub),
    issuer: twin.services.cognito.issuer,
    username: String(claims['cognito:username']),
    claims,
    sourceIp: ['127.0.0.1'],
    defaultAuthStrategy: 'ALLOW',
    groups: Array.isArray(groups) ? groups.map(String) : null,
  };
}
