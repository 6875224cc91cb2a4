export type { ApiKeySpec, AuthConfig, IamCredential, UserPoolAuthSpec } from './AuthConfig.js';
export type { ApiAuthModes, AuthMode } from './AuthMode.js';
export type { AuthRequest } from './AuthRequest.js';
export type {
  ApiKeyAuth,
  AuthResult,
  CognitoIdentity,
  IamAuth,
  IamIdentity,
  UserPoolAuth,
} from './AuthResult.js';
export { appSyncErrorBody, authErrors } from './authErrors.js';
export { authenticateRequest } from './authenticateRequest.js';
export { fieldAuthTable } from './fieldAuthTable.js';
export type { FieldAuthTable, Grant } from './fieldAuthTable.js';
export { callerOf, isAuthorized, unauthorizedFieldError } from './isAuthorized.js';
export type { Caller } from './isAuthorized.js';
