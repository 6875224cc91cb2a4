import { AwsError } from '../../AwsError.js';
import type { CodeError } from './findCodeErrors.js';

/** The message of AppSync's BadRequestException for code it will not save. */
export const CODE_ERRORS_MESSAGE = 'The code contains one or more errors.';

/**
 * The error AppSync answers when a resolver's or function's code uses what APPSYNC_JS cannot run:
 * HTTP 400 `BadRequestException`, "The code contains one or more errors.", `reason: 'CODE_ERROR'` and
 * `detail.codeErrors` (AppSync API reference: BadRequestException, API_BadRequestDetail; the message as
 * CloudFormation and CDK deployments report it: sid88in/serverless-appsync-plugin#619,
 * aws-amplify/amplify-backend#1893). The twin adds the file and one line per problem to the message,
 * which AppSync keeps in `detail` only, so that `npm start` says what to fix.
 */
export function codeErrorsException(name: string, codeErrors: readonly CodeError[]): AwsError {
  const lines = codeErrors.map(
    ({ errorType, value, location }) => `  code.js:${location.line}:${location.column} ${errorType} ${value}`,
  );
  return new AwsError('BadRequestException', `${CODE_ERRORS_MESSAGE} (${name})\n${lines.join('\n')}`, 400, {
    reason: 'CODE_ERROR',
    detail: { codeErrors },
  });
}
