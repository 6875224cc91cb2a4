import { AwsError } from '../AwsError.js';

/**
 * The Data API errors the twin answers, with the code and HTTP status of the AWS SDK model
 * (`@aws-sdk/client-rds-data`, service model `rds-data` 2018-08-01).
 */

/**
 * A malformed call: a required member missing, a value of the wrong shape. The model has no
 * ValidationException; BadRequestException ("There is an error in the call or in a SQL statement") is its
 * error for a bad call.
 */
export function badRequest(message: string): AwsError {
  return new AwsError('BadRequestException', message, 400);
}

/**
 * The caller may not use this cluster or secret. AWS documents BadRequestException as appearing "only in
 * calls from Aurora Serverless v1 databases" and ForbiddenException (403) as "There are insufficient
 * privileges to make the call" for every operation (API reference, Errors), so a wrong `resourceArn` or
 * `secretArn` on Aurora Serverless v2 (what ShopSync deploys) is answered with ForbiddenException.
 */
export function forbidden(message: string): AwsError {
  return new AwsError('ForbiddenException', message, 403);
}

/**
 * The database rejected the statement. The message has the form
 * `Database error code: <MySQL error number>. Message: <text>`, so product code can test the number.
 */
export function databaseError(code: number, message: string): AwsError {
  return new AwsError('DatabaseErrorException', `Database error code: ${code}. Message: ${message}`, 400);
}

/**
 * The transaction id names no open transaction. The message follows the Aurora user guide's
 * troubleshooting entry "Transaction <transaction_ID> Is Not Found", with the cause appended.
 */
export function transactionNotFound(transactionId: string, cause: string): AwsError {
  return new AwsError(
    'TransactionNotFoundException',
    `Transaction ${transactionId} is not found: ${cause}`,
    404,
  );
}

/** The database server cannot be reached (MySQL down or the connection lost). */
export function databaseUnavailable(message: string): AwsError {
  return new AwsError('DatabaseUnavailableException', message, 504);
}
