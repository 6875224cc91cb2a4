/**
 * The user-pool operations that AWS answers without IAM credentials: the public ones of sign-up, sign-in
 * and password recovery, and those authorized by the user's own access token (or a sign-in session) in
 * the body. They are the operations the Cognito API model marks `@optionalAuth`, which the AWS SDK sends
 * unsigned (`smithy.api#noAuth` in `@aws-sdk/client-cognito-identity-provider`'s auth scheme provider; a
 * test holds this list to it). Every other operation (`Admin*`, `ListUsers`, `CreateGroup`, ...) needs a
 * SigV4 signature: Amazon Cognito evaluates IAM policies in requests for them.
 */
export const UNAUTHENTICATED_OPERATIONS: ReadonlySet<string> = new Set([
  'AssociateSoftwareToken',
  'ChangePassword',
  'CompleteWebAuthnRegistration',
  'ConfirmDevice',
  'ConfirmForgotPassword',
  'ConfirmSignUp',
  'DeleteUser',
  'DeleteUserAttributes',
  'DeleteWebAuthnCredential',
  'ForgetDevice',
  'ForgotPassword',
  'GetDevice',
  'GetTokensFromRefreshToken',
  'GetUser',
  'GetUserAttributeVerificationCode',
  'GetUserAuthFactors',
  'GlobalSignOut',
  'InitiateAuth',
  'ListDevices',
  'ListUserSessions',
  'ListWebAuthnCredentials',
  'ResendConfirmationCode',
  'RespondToAuthChallenge',
  'RevokeToken',
  'RevokeUserSession',
  'SetUserMFAPreference',
  'SetUserSettings',
  'SignUp',
  'StartWebAuthnRegistration',
  'UpdateAuthEventFeedback',
  'UpdateDeviceStatus',
  'UpdateUserAttributes',
  'VerifySoftwareToken',
  'VerifyUserAttribute',
]);
