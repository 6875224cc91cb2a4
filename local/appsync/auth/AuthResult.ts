/**
 * `ctx.identity` of a Cognito user pool caller (resolver context reference, "Identity"; shape as in
 * Powertools' `AppSyncResolverEvent` schema and advancedweb.hu "What is the identity in the AppSync
 * resolver context").
 */
export interface CognitoIdentity {
  readonly sub: string;
  readonly issuer: string;
  /** `cognito:username` of an id token, `username` of an access token. */
  readonly username: string;
  /** Every claim of the token, as verified. */
  readonly claims: Readonly<Record<string, unknown>>;
  readonly sourceIp: readonly string[];
  /** The user pool's `defaultAction`. */
  readonly defaultAuthStrategy: 'ALLOW' | 'DENY';
  /** `cognito:groups`; null when the token carries none. */
  readonly groups: readonly string[] | null;
}

/** `ctx.identity` of an IAM (SigV4) caller; the `cognitoIdentity*` members are set only for identity-pool credentials. */
export interface IamIdentity {
  readonly accountId: string;
  readonly cognitoIdentityPoolId: string | null;
  readonly cognitoIdentityId: string | null;
  readonly sourceIp: readonly string[];
  readonly username: string;
  readonly userArn: string;
  readonly cognitoIdentityAuthType: string | null;
  readonly cognitoIdentityAuthProvider: string | null;
}

/** A request made with an API key: resolvers see `ctx.identity` null. */
export interface ApiKeyAuth {
  readonly mode: 'API_KEY';
  readonly identity: null;
}

/** A request made with a Cognito user pool token. */
export interface UserPoolAuth {
  readonly mode: 'AMAZON_COGNITO_USER_POOLS';
  readonly identity: CognitoIdentity;
}

/** A request signed with IAM credentials (SigV4). */
export interface IamAuth {
  readonly mode: 'AWS_IAM';
  readonly identity: IamIdentity;
}

/** Who made a request and by which mode; `identity` is what resolvers see as `ctx.identity`. */
export type AuthResult = ApiKeyAuth | UserPoolAuth | IamAuth;
