import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { getCanonicalHeaders, prepareRequest, SignatureV4 } from '@smithy/signature-v4';
import { createHash, timingSafeEqual } from 'node:crypto';
import type { IamCredential } from './AuthConfig.js';
import type { AuthRequest } from './AuthRequest.js';
import type { IamAuth } from './AuthResult.js';
import { amzDateOf, authErrors, SKEW_MS } from './authErrors.js';
import { headerValue } from './headerValue.js';
import { parseSigV4Authorization } from './parseSigV4Authorization.js';

/** What verifying a SigV4 request needs besides the request. */
export interface IamContext {
  /** The credentials whose signatures are accepted. */
  readonly credentials: readonly IamCredential[];
  /** The region the credential scope must name. */
  readonly region: string;
  readonly accountId: string;
  readonly sourceIp: readonly string[];
  /** Epoch milliseconds `x-amz-date` is compared with. */
  readonly now: number;
}

/** AppSync's signing name: clients sign with service `appsync` (aws-appsync-auth-link, Amplify, SDK v3). */
const SERVICE = 'appsync';

/**
 * Verifies an AWS SigV4 (`AWS4-HMAC-SHA256`) request: a known access key, a credential scope for this
 * region and service `appsync`, an `x-amz-date` within 5 minutes of `now`, and a signature that
 * `@smithy/signature-v4` recomputes over the method, path, query, signed headers and body. Returns the
 * IAM `ctx.identity`. Throws an `authErrors` refusal otherwise.
 */
export async function authenticateIam(request: AuthRequest, context: IamContext): Promise<IamAuth> {
  const authorization = parseSigV4Authorization(headerValue(request.headers, 'authorization') ?? '');
  const credential = context.credentials.find((known) => known.accessKeyId === authorization.accessKeyId);
  if (!credential) throw authErrors.unknownAccessKey();

  const { scope } = authorization;
  if (scope.service !== SERVICE) {
    throw authErrors.incompleteSignature(
      `Credential should be scoped to correct service: '${SERVICE}'. Credential=${authorization.accessKeyId}/${scope.date}/${scope.region}/${scope.service}/${scope.terminator}`,
    );
  }
  if (scope.region !== context.region) {
    throw authErrors.incompleteSignature(
      `Credential should be scoped to a valid region, not '${scope.region}'.`,
    );
  }
  if (!authorization.signedHeaders.includes('host')) {
    throw authErrors.incompleteSignature(
      "'Host' or ':authority' must be a 'SignedHeader' in the AWS Authorization.",
    );
  }

  const amzDate = headerValue(request.headers, 'x-amz-date');
  const signingTime = amzDate === undefined ? NaN : parseAmzDate(amzDate);
  if (amzDate === undefined || Number.isNaN(signingTime)) {
    throw authErrors.incompleteSignature(
      "Authorization header requires existence of either a 'X-Amz-Date' or a 'Date' header.",
    );
  }
  if (scope.date !== amzDate.slice(0, 8)) {
    throw authErrors.incompleteSignature(
      `Date in Credential scope does not match YYYYMMDD from ISO-8601 version of date from HTTP: '${scope.date}' != '${amzDate.slice(0, 8)}', from '${amzDate}'.`,
    );
  }
  if (signingTime < context.now - SKEW_MS) throw authErrors.signatureExpired(amzDate, context.now);
  if (signingTime > context.now + SKEW_MS) throw authErrors.signatureNotYetCurrent(amzDate, context.now);

  const signed = signedRequest(request, authorization.signedHeaders);
  // The signer trusts a given x-amz-content-sha256 as the payload hash: hold it to the body received.
  const declaredHash = signed.headers['x-amz-content-sha256'];
  const bodyHash = createHash('sha256').update(request.body).digest('hex');
  const signer = new InspectableSigner({
    credentials: { accessKeyId: credential.accessKeyId, secretAccessKey: credential.secretAccessKey },
    region: scope.region,
    service: SERVICE,
    sha256: Sha256,
    applyChecksum: false,
  });
  const signingOptions = {
    signingDate: new Date(signingTime),
    signableHeaders: new Set(authorization.signedHeaders),
  };
  const expected = await signer.sign(signed, signingOptions);
  const expectedSignature = /Signature=([0-9a-f]+)/.exec(
    headerValue(expected.headers, 'authorization') ?? '',
  )?.[1];
  if (
    (declaredHash !== undefined && declaredHash !== bodyHash) ||
    expectedSignature === undefined ||
    !sameHex(expectedSignature, authorization.signature)
  ) {
    const { canonicalRequest, stringToSign } = await signer.explain(
      signed,
      amzDate,
      signingOptions.signableHeaders,
    );
    throw authErrors.signatureMismatch(canonicalRequest, stringToSign);
  }

  return {
    mode: 'AWS_IAM',
    identity: {
      accountId: context.accountId,
      cognitoIdentityPoolId: null,
      cognitoIdentityId: null,
      sourceIp: context.sourceIp,
      username: credential.username ?? credential.accessKeyId,
      userArn: credential.userArn ?? `arn:aws:iam::${context.accountId}:user/${credential.accessKeyId}`,
      cognitoIdentityAuthType: null,
      cognitoIdentityAuthProvider: null,
    },
  };
}

/** The request as the client signed it: only its signed headers, the body received, path and query split. */
function signedRequest(request: AuthRequest, signedHeaders: readonly string[]): HttpRequest {
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    const value = headerValue(request.headers, name);
    if (value === undefined) {
      throw authErrors.incompleteSignature(`Signed header '${name}' is missing from the request.`);
    }
    headers[name] = value;
  }
  const queryStart = request.path.indexOf('?');
  const query: Record<string, string | string[]> = {};
  if (queryStart >= 0) {
    for (const [name, value] of new URLSearchParams(request.path.slice(queryStart + 1))) {
      const previous = query[name];
      query[name] =
        previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value];
    }
  }
  return new HttpRequest({
    method: request.method.toUpperCase(),
    hostname: headers.host ?? '',
    path: queryStart >= 0 ? request.path.slice(0, queryStart) : request.path,
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

function sameHex(left: string, right: string): boolean {
  const a = Buffer.from(left, 'utf8');
  const b = Buffer.from(right.toLowerCase(), 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** `SignatureV4` exposing the canonical request and string to sign it computed, for the mismatch message. */
class InspectableSigner extends SignatureV4 {
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
