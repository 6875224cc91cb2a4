/** AppSync's authorization types, spelled as the API's `authenticationType` spells them. */
export type AuthMode = 'API_KEY' | 'AWS_IAM' | 'AMAZON_COGNITO_USER_POOLS' | 'OPENID_CONNECT' | 'AWS_LAMBDA';

/** The authorization types an API accepts, as its `authenticationType` and providers configure them. */
export interface ApiAuthModes {
  /** `authenticationType`: the mode fields and types without an auth directive are open to. */
  readonly defaultMode: AuthMode;
  /** `additionalAuthenticationProviders[].authenticationType`. */
  readonly additionalModes: readonly AuthMode[];
  /**
   * `userPoolConfig.defaultAction` when the default mode is Cognito user pools: `ALLOW` (the default here)
   * opens fields without directives to every signed-in user, `DENY` closes them. CloudFormation requires
   * `ALLOW` once there are additional providers (AWS::AppSync::GraphQLApi UserPoolConfig, DefaultAction).
   */
  readonly defaultAction?: 'ALLOW' | 'DENY';
}
