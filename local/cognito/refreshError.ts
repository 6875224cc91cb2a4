import { CognitoError } from 'cognito-local/lib/errors.js';
import { AwsError } from '../AwsError.js';

/** The error Cognito answers for a refresh token it does not know: `NotAuthorizedException` "Invalid Refresh Token". */
export function refreshError(error: unknown): unknown {
  return error instanceof CognitoError && error.code === 'NotAuthorizedException'
    ? new AwsError('NotAuthorizedException', 'Invalid Refresh Token')
    : error;
}
