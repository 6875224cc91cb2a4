import type { AuthConfig } from './AuthConfig.js';
import { LOCAL_CREDENTIALS } from '../../localAws.js';
import type { AuthRequest } from './AuthRequest.js';
import type { AuthResult } from './AuthResult.js';
import { authenticateApiKey } from './authenticateApiKey.js';
import { authenticateIam } from './authenticateIam.js';
import { authenticateUserPool } from './authenticateUserPool.js';
import { authErrors } from './authErrors.js';
import { headerValue } from './headerValue.js';
import { SIGV4_ALGORITHM } from './parseSigV4Authorization.js';
import { sourceIps } from './sourceIps.js';

/**
 * Decides by which of the API's modes a request is made and who makes it, like AppSync before it runs
 * any resolver:
 *
 * 1. an `x-api-key` header, when `API_KEY` is a mode, is the API key mode, whatever else is sent;
 * 2. an `Authorization` starting with `AWS4-HMAC-SHA256`, when `AWS_IAM` is a mode, is IAM (SigV4);
 * 3. any other `Authorization`, when `AMAZON_COGNITO_USER_POOLS` is a mode, is a user pool JWT;
 * 4. nothing usable is `authErrors.missing()`.
 *
 * AppSync does not document this precedence. The API key first follows aws/aws-appsync-community#169
 * (sending both headers is answered as the API key since 2021), aws-amplify/amplify-js#8545, and the
 * order of AWS's own simulator (`amplify-appsync-simulator` `getAuthorizationMode`). A SigV4 header
 * sent to an API without IAM is read as a JWT, which AppSync answers "Unable to parse JWT token."
 * (aws-amplify/amplify-cli#4733).
 *
 * Resolves to the mode and `ctx.identity`; rejects with an `AwsError` (see `authErrors`) that the HTTP
 * layer answers with `error.status` and `appSyncErrorBody(error)`. The only I/O is the user pool's
 * JWKS fetch, whose failure is rethrown as is.
 */
export async function authenticateRequest(
  request: AuthRequest,
  config: AuthConfig,
  now: number = Date.now(),
): Promise<AuthResult> {
  const modes = new Set([config.defaultMode, ...config.additionalModes]);
  const apiKey = headerValue(request.headers, 'x-api-key');
  if (apiKey !== undefined && modes.has('API_KEY')) return authenticateApiKey(apiKey, config.apiKeys, now);

  const authorization = headerValue(request.headers, 'authorization');
  if (authorization) {
    if (modes.has('AWS_IAM') && authorization.startsWith(SIGV4_ALGORITHM)) {
      return authenticateIam(request, {
        credentials: [LOCAL_CREDENTIALS, ...(config.iamCredentials ?? [])],
        region: config.region,
        accountId: config.accountId,
        sourceIp: sourceIps(request),
        now,
      });
    }
    if (modes.has('AMAZON_COGNITO_USER_POOLS') && config.userPool) {
      return authenticateUserPool(authorization, config.userPool, {
        sourceIp: sourceIps(request),
        defaultAuthStrategy: config.defaultAction ?? 'ALLOW',
        now,
      });
    }
  }
  throw authErrors.missing();
}
