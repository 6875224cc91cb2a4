import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { getCanonicalHeaders, prepareRequest, SignatureV4 } from '@smithy/signature-v4';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IncomingHttpHeaders } from 'node:http';
import { amzDateOf, SKEW_MS } from './appsync/auth/authErrors.js';
import { headerValue } from './appsync/auth/headerValue.js';
import { parseSigV4Authorization } from './appsync/auth/parseSigV4Authorization.js';
import type { SigV4Authorization } from './appsync/auth/parseSigV4Authorization.js';
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

  const signed = signedRequest(request, authorization.signedHeaders);
  const signer = new ExplainingSigner({
    credentials: credential,
    region: authorization.scope.region,
    service: authorization.scope.service,
    sha256: Sha256,
    applyChecksum: false,
  });
  const signableHeaders = new Set(authorization.signedHeaders);
  const expectedAuthorization = headerValue(
    (await signer.sign(signed, { signingDate: new Date(signingTime), signableHeaders })).headers,
    'authorization',
  );
  const expectedSignature = /Signature=([0-9a-f]+)/.exec(expectedAuthorization ?? '')?.[1] ?? '';
  // The signer takes a signed x-amz-content-sha256 as the payload's hash: hold it to the body received.
  const declaredHash = signed.headers['x-amz-content-sha256'];
  const bodyHash = createHash('sha256').update(request.body).digest('hex');
  if (
    (declaredHash !== undefined && declaredHash !== bodyHash) ||
    !sameHex(expectedSignature, authorization.signature)
  ) {
    const { canonicalRequest, stringToSign } = await signer.explain(signed, amzDate, signableHeaders);
    throw invalidSignature(
      'The request signature we calculated does not match the signature you provided. Check your AWS ' +
        'Secret Access Key and signing method. Consult the service documentation for details.\n\n' +
        `The Canonical String for this request should have been\n'${canonicalRequest}'\n\n` +
        `The String-to-Sign should have been\n'${stringToSign}'\n`,
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

/** The request as the client signed it: its signed headers only, the body received, path and query split. */
function signedRequest(request: ReceivedRequest, signedHeaders: readonly string[]): HttpRequest {
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    const value = headerValue(request.headers, name);
    if (value === undefined)
      throw incompleteSignature(`Signed header '${name}' is missing from the request.`);
    headers[name] = value;
  }
  const queryStart = request.url.indexOf('?');
  const query: Record<string, string | string[]> = {};
  if (queryStart >= 0) {
    for (const [name, value] of new URLSearchParams(request.url.slice(queryStart + 1))) {
      const previous = query[name];
      query[name] =
        previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
    }
  }
  return new HttpRequest({
    method: request.method.toUpperCase(),
    hostname: headers.host ?? '',
    path: queryStart >= 0 ? request.url.slice(0, queryStart) : request.url,
    query,
    headers,
    body: request.body,
  });
}

/** Epoch milliseconds of an `x-amz-date` (`YYYYMMDDTHHMMSSZ`); NaN when malformed. */
function parseAmzDate(value: string): number {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) return NaN;
  const [, year, month, day, hour, minute, second] = match;
  const time = Date.parse(`${year}-${month}-${day}T${hour}:${minute}:${second}Z`);
  return !Number.isNaN(time) && amzDateOf(time) === value ? time : NaN;
}

function sameHex(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given.toLowerCase(), 'utf8');
  return a.length > 0 && a.length === b.length && timingSafeEqual(a, b);
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

/** `SignatureV4` telling the canonical request and string to sign it computed, for the mismatch message. */
class ExplainingSigner extends SignatureV4 {
  async explain(
    request: HttpRequest,
    amzDate: string,
    signableHeaders: ReadonlySet<string>,
  ): Promise<{ canonicalRequest: string; stringToSign: string }> {
    const prepared = prepareRequest(request);
    prepared.headers['x-amz-date'] = amzDate;
    const canonicalHeaders = getCanonicalHeaders(prepared, undefined, new Set(signableHeaders));
    const payloadHash = createHash('sha256')
      .update(request.body as string | Uint8Array)
      .digest('hex');
    const canonicalRequest = this.createCanonicalRequest(prepared, canonicalHeaders, payloadHash);
    const scope = `${amzDate.slice(0, 8)}/${await this.regionProvider()}/${this.service}/aws4_request`;
    const stringToSign = await this.createStringToSign(amzDate, scope, canonicalRequest, 'AWS4-HMAC-SHA256');
    return { canonicalRequest, stringToSign };
  }
}
