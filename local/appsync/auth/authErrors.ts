import { AwsError } from '../../AwsError.js';

/**
 * The request-level refusals AppSync answers before running any resolver. Each is an `AwsError` whose
 * `code` is the body's `errorType` and whose `status` is the HTTP status; `appSyncErrorBody` gives the body.
 * Messages are AppSync's own where a real response was recorded (sources beside each).
 */
export const authErrors = {
  /**
   * No usable `x-api-key` or `Authorization`. Recorded: aws-amplify/amplify-js#4373, MrHertal/
   * react-admin-amplify#87, and a probe of a Cognito + IAM API (no token and a malformed token both).
   * A Cognito-only API was recorded answering "You are not authorized to make this call." instead
   * (aws-samples rewards service README); ShopSync's API is multi-auth, so this text is used.
   */
  missing: (): AwsError =>
    new AwsError('UnauthorizedException', 'Valid authorization header not provided.', 401),

  /** `Authorization` is not a JWT at all. Recorded: aws-amplify/amplify-js#2112, #2645, amplify-cli#4733. */
  unparsableToken: (): AwsError => new AwsError('UnauthorizedException', 'Unable to parse JWT token.', 401),

  /** A genuine token past its `exp`. Recorded (HTTP 401 body quoted in a CLI's notes). */
  expiredToken: (): AwsError => new AwsError('UnauthorizedException', 'Token has expired.', 401),

  /**
   * A JWT that fails verification: signature, issuer, client, `token_use`. No recorded AppSync body
   * for these; the message of a missing or malformed token is used.
   */
  invalidToken: (): AwsError =>
    new AwsError('UnauthorizedException', 'Valid authorization header not provided.', 401),

  /**
   * An unknown or expired API key. Recorded for an expired key (aws-amplify/amplify-studio#1003); AWS's
   * own simulator (amplify-cli, an early `server/index`) answered a wrong key with the same text.
   */
  apiKey: (): AwsError =>
    new AwsError('UnauthorizedException', 'You are not authorized to make this call.', 401),

  /**
   * A SigV4 signature that does not match. AppSync's real-time endpoint answers `BadRequestException`
   * with AWS's standard text and the canonical strings (awslabs/aws-mobile-appsync-sdk-js#561); older
   * HTTP reports show 403 `InvalidSignatureException` (aws-amplify/amplify-js#2422).
   */
  signatureMismatch: (canonicalRequest: string, stringToSign: string): AwsError =>
    new AwsError(
      'BadRequestException',
      'The request signature we calculated does not match the signature you provided. Check your AWS ' +
        'Secret Access Key and signing method. Consult the service documentation for details.\n\n' +
        `The Canonical String for this request should have been\n'${canonicalRequest}'\n\n` +
        `The String-to-Sign should have been\n'${stringToSign}'\n`,
      400,
    ),

  /**
   * `x-amz-date` more than 5 minutes old. AWS's SigV4 text; AppSync answers it as `BadRequestException`
   * with HTTP 400 (aws-amplify/amplify-js#11480, amplify-js#5869).
   */
  signatureExpired: (amzDate: string, now: number): AwsError =>
    new AwsError(
      'BadRequestException',
      `Signature expired: ${amzDate} is now earlier than ${amzDateOf(now - SKEW_MS)} (${amzDateOf(now)} - 5 min.)`,
      400,
    ),

  /** `x-amz-date` more than 5 minutes ahead (awslabs/aws-mobile-appsync-sdk-js#620 quotes the text). */
  signatureNotYetCurrent: (amzDate: string, now: number): AwsError =>
    new AwsError(
      'BadRequestException',
      `Signature not yet current: ${amzDate} is still later than ${amzDateOf(now + SKEW_MS)} (${amzDateOf(now)} + 5 min.)`,
      400,
    ),

  /** A malformed `Authorization: AWS4-HMAC-SHA256 ...` or credential scope; AWS's SigV4 wording. */
  incompleteSignature: (message: string): AwsError =>
    new AwsError('IncompleteSignatureException', message, 403),

  /** An access key the twin does not know. AWS's generic text; AppSync's exact answer was not found. */
  unknownAccessKey: (): AwsError =>
    new AwsError(
      'UnrecognizedClientException',
      'The security token included in the request is invalid.',
      403,
    ),
} as const;

/** SigV4 accepts a signing time within 5 minutes either side of the server's clock. */
export const SKEW_MS = 5 * 60_000;

/** `YYYYMMDDTHHMMSSZ`, the form of `x-amz-date`. */
export function amzDateOf(epochMs: number): string {
  return new Date(epochMs)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** The HTTP body AppSync sends with a request-level refusal: `{"errors":[{"errorType","message"}]}`. */
export function appSyncErrorBody(error: AwsError): {
  readonly errors: readonly [{ readonly errorType: string; readonly message: string }];
} {
  return { errors: [{ errorType: error.code, message: error.message }] };
}
