import { CognitoError } from 'cognito-local/lib/errors.js';
import { AwsError } from '../AwsError.js';

/**
 * The error Cognito answers for a failed sign-in on a client with `PreventUserExistenceErrors` enabled:
 * `NotAuthorizedException` "Incorrect username or password." for a wrong password and for an unknown
 * user alike (cognito-local answers `InvalidPasswordException` and "User not authorized"). Other errors
 * pass unchanged.
 */
export function signInError(error: unknown): unknown {
  return error instanceof CognitoError &&
    ['InvalidPasswordException', 'NotAuthorizedException', 'UserNotFoundException'].includes(error.code)
    ? new AwsError('NotAuthorizedException', 'Incorrect username or password.')
    : error;
}
