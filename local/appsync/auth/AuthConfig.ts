import type { ApiAuthModes } from './AuthMode.js';

/** One of the API's keys (AppSync `ApiKey`). */
export interface ApiKeySpec {
  /** The `x-api-key` value, e.g. `da2-...`. */
  readonly key: string;
  /** Epoch milliseconds after which the key is refused (AppSync's `expires` is in seconds: multiply). */
  readonly expiresAt: number;
}

/** The user pool that issues the Cognito tokens the API accepts (AppSync `userPoolConfig`). */
export interface UserPoolAuthSpec {
  /** The tokens' `iss`: `https://cognito-idp.<region>.amazonaws.com/<poolId>` on AWS, the twin's URL locally. */
  readonly issuer: string;
  /** Where the pool publishes its signing keys (`<issuer>/.well-known/jwks.json`). */
  readonly jwksUrl: string;
  /**
   * App clients whose tokens are accepted: an id token's `aud` or an access token's `client_id` must be
   * one of them (AppSync's `appIdClientRegex`, as a list).
   */
  readonly clientIds: readonly string[];
}

/** IAM credentials whose SigV4 signatures the API accepts, and who they stand for in `ctx.identity`. */
export interface IamCredential {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  /** `ctx.identity.userArn`; `arn:aws:iam::<accountId>:user/<accessKeyId>` when absent. */
  readonly userArn?: string;
  /** `ctx.identity.username`; the access key id when absent. */
  readonly username?: string;
}

/** What `authenticateRequest` needs to know of the API: its modes, keys, user pool and credentials. */
export interface AuthConfig extends ApiAuthModes {
  /** Consulted only when `API_KEY` is one of the modes. */
  readonly apiKeys: readonly ApiKeySpec[];
  /** Required when `AMAZON_COGNITO_USER_POOLS` is one of the modes. */
  readonly userPool?: UserPoolAuthSpec;
  /** Accepted besides `LOCAL_CREDENTIALS`, which every twin client uses. */
  readonly iamCredentials?: readonly IamCredential[];
  /** The region a SigV4 credential scope must name. */
  readonly region: string;
  /** `ctx.identity.accountId` of IAM callers. */
  readonly accountId: string;
}
