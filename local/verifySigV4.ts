import type { IncomingHttpHeaders } from 'node:http';
import { amzDateOf, SKEW_MS } from './appsync/auth/authErrors.js';
import { headerValue } from './appsync/auth/headerValue.js';
import { parseSigV4Authorization } from './appsync/auth/parseSigV4Authorization.js';
import type { SigV4Authorization } from './appsync/auth/parseSigV4Authorization.js';
import { parseAmzDate, recomputeSignature } from './appsync/auth/recomputeSignature.js';
import { AwsError } from './AwsError.js';

/** A request as received: what its SigV4 signature covers. */
export interface ReceivedRequest {
  readonly method: string;
  /** Path and query string as received, e.g. `/`. */
  readonly url: string;
  readonly headers: IncomingHttpHeaders;
  /** The body exactly as received. */
  readonly body: string | Uint8Array;
}

/** Whose signatures a service accepts, for which signing name and region. */
export interface SigV4Expectation {
  /** The signing name in the credential scope: `cognito-idp`, `dynamodb`, ... */
  readonly service: string;
  readonly region: string;
  readonly credentials: readonly { readonly accessKeyId: string; readonly secretAccessKey: string }[];
  /** Epoch milliseconds `x-amz-date` is held to (5 minutes either way); now when absent. */
  readonly now?: number;
}

/**
 * Checks that `request` carries an AWS Signature Version 4 `Authorization` header made with one of the
 * expected credentials, for this service and region, within 5 minutes of now, over the method, path,
 * query, signed headers and body (recomputed with `@smithy/signature-v4`, the AWS SDK's own signer).
 * Resolves to the access key id. Otherwise throws the `AwsError` an AWS JSON-protocol service answers,
 * all with HTTP 400 as Cognito and DynamoDB send them (a recorded Cognito answer: aws/aws-sdk-php#2444):
 * `MissingAuthenticationTokenException`, `IncompleteSignatureException`, `UnrecognizedClientException`
 * or `InvalidSignatureException`.
 */
export async function verifySigV4(request: ReceivedRequest, expected: SigV4Expectation): Promise<string> {
  const header = headerValue(request.headers, 'authorization');
  if (header === undefined) {
    throw new AwsError('MissingAuthenticationTokenException', 'Missing Authentication Token', 400);
  }
  const authorization = asBadRequest(() => parseSigV4Authorization(header));
  const credential = expected.credentials.find((known) => known.accessKeyId === authorization.accessKeyId);
  if (!credential) {
    throw new AwsError(
      'UnrecognizedClientException',
      'The security token included in the request is invalid.',
      400,
    );
  }
  const amzDate = checkScope(request, authorization, expected);
  const signingTime = parseAmzDate(amzDate);
  const now = expected.now ?? Date.now();
  if (signingTime < now - SKEW_MS) {
    throw invalidSignature(
      `Signature expired: ${amzDate} is now earlier than ${amzDateOf(now - SKEW_MS)} (${amzDateOf(now)} - 5 min.)`,
    );
  }
  if (signingTime > now + SKEW_MS) {
    throw invalidSignature(
      `Signature not yet current: ${amzDate} is still later than ${amzDateOf(now + SKEW_MS)} (${amzDateOf(now)} + 5 min.)`,
    );
  }

  const mismatch = await recomputeSignature(
    { method: request.method, path: request.url, headers: request.headers, body: request.body },
    authorization,
    credential.secretAccessKey,
    amzDate,
    (name) => incompleteSignature(`Signed header '${name}' is missing from the request.`),
  );
  if (mismatch) {
    throw invalidSignature(
      'The request signature we calculated does not match the signature you provided. Check your AWS ' +
        'Secret Access Key and signing method. Consult the service documentation for details.\n\n' +
        `The Canonical String for this request should have been\n'${mismatch.canonicalRequest}'\n\n` +
        `The String-to-Sign should have been\n'${mismatch.stringToSign}'\n`,
    );
  }
  return credential.accessKeyId;
}

/** Checks the credential scope and the signed `host` and `x-amz-date`; returns the `x-amz-date`. */
function checkScope(
  request: ReceivedRequest,
  authorization: SigV4Authorization,
  expected: SigV4Expectation,
): string {
  const { scope } = authorization;
  if (scope.service !== expected.service) {
    throw incompleteSignature(
      `Credential should be scoped to correct service: '${expected.service}'. Credential=${authorization.accessKeyId}/${scope.date}/${scope.region}/${scope.service}/${scope.terminator}`,
    );
  }
  if (scope.region !== expected.region) {
    throw incompleteSignature(`Credential should be scoped to a valid region, not '${scope.region}'.`);
  }
  if (!authorization.signedHeaders.includes('host')) {
    throw incompleteSignature("'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.");
  }
  const amzDate = headerValue(request.headers, 'x-amz-date');
  if (amzDate === undefined || Number.isNaN(parseAmzDate(amzDate))) {
    throw incompleteSignature(
      "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
    );
  }
  if (scope.date !== amzDate.slice(0, 8)) {
    throw incompleteSignature(
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scope.date}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`,
    );
  }
  return amzDate;
}

function incompleteSignature(message: string): AwsError {
  return new AwsError('IncompleteSignatureException', message, 400);
}

function invalidSignature(message: string): AwsError {
  return new AwsError('InvalidSignatureException', message, 400);
}

/** `parseSigV4Authorization` answers as AppSync does (403); a JSON-protocol service answers 400. */
function asBadRequest<T>(parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    if (error instanceof AwsError) throw new AwsError(error.code, error.message, 400, error.extra);
    throw error;
  }
}
