import { Sha256 } from '@aws-crypto/sha256-js';
import { HttpRequest } from '@smithy/protocol-http';
import { getCanonicalHeaders, prepareRequest, SignatureV4 } from '@smithy/signature-v4';
import { createHash, timingSafeEqual } from 'node:crypto';
import { amzDateOf } from './authErrors.js';
import type { AuthRequest } from './AuthRequest.js';
import { headerValue } from './headerValue.js';
import type { SigV4Authorization } from './parseSigV4Authorization.js';

/** Why a signature does not match: what AWS shows the client so it can find its mistake. */
export interface SignatureMismatch {
  readonly canonicalRequest: string;
  readonly stringToSign: string;
}

/**
 * Recomputes the SigV4 signature of `request` with `@smithy/signature-v4` (the AWS SDK's own signer),
 * over its method, path, query, the headers `authorization` lists and the body received, with the
 * credential's secret, the scope's region and service, at `amzDate`. Resolves to null when it equals the
 * signature given, and to AWS's explanation otherwise (a signed `x-amz-content-sha256` must also be the
 * body's hash). A listed header the request lacks is reported through `missingHeader`.
 */
export async function recomputeSignature(
  request: AuthRequest,
  authorization: SigV4Authorization,
  secretAccessKey: string,
  amzDate: string,
  missingHeader: (name: string) => Error,
): Promise<SignatureMismatch | null> {
  const signed = signedRequest(request, authorization.signedHeaders, missingHeader);
  const signer = new ExplainingSigner({
    credentials: { accessKeyId: authorization.accessKeyId, secretAccessKey },
    region: authorization.scope.region,
    service: authorization.scope.service,
    sha256: Sha256,
    applyChecksum: false,
  });
  const signableHeaders = new Set(authorization.signedHeaders);
  const expected = await signer.sign(signed, {
    signingDate: new Date(parseAmzDate(amzDate)),
    signableHeaders,
  });
  const expectedSignature = /Signature=([0-9a-f]+)/.exec(
    headerValue(expected.headers, 'authorization') ?? '',
  )?.[1];
  // The signer trusts a given x-amz-content-sha256 as the payload hash: hold it to the body received.
  const declaredHash = signed.headers['x-amz-content-sha256'];
  const bodyHash = createHash('sha256').update(request.body).digest('hex');
  if (
    (declaredHash === undefined || declaredHash === bodyHash) &&
    expectedSignature !== undefined &&
    sameHex(expectedSignature, authorization.signature)
  ) {
    return null;
  }
  return signer.explain(signed, amzDate, signableHeaders);
}

/** Epoch milliseconds of an `x-amz-date` (`YYYYMMDDTHHMMSSZ`); NaN when malformed. */
export function parseAmzDate(value: string): number {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) return NaN;
  const [, year, month, day, hour, minute, second] = match;
  const time = Date.parse(`${year}-${month}-${day}T${hour}:${minute}:${second}Z`);
  return !Number.isNaN(time) && amzDateOf(time) === value ? time : NaN;
}

/** The request as the client signed it: only its signed headers, the body received, path and query split. */
function signedRequest(
  request: AuthRequest,
  signedHeaders: readonly string[],
  missingHeader: (name: string) => Error,
): HttpRequest {
  const headers: Record<string, string> = {};
  for (const name of signedHeaders) {
    const value = headerValue(request.headers, name);
    if (value === undefined) throw missingHeader(name);
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

function sameHex(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given.toLowerCase(), 'utf8');
  return a.length > 0 && a.length === b.length && timingSafeEqual(a, b);
}

/** The SDK's signer, made to show the canonical request and string to sign AWS reports on a mismatch. */
class ExplainingSigner extends SignatureV4 {
  async explain(
    request: HttpRequest,
    amzDate: string,
    signableHeaders: ReadonlySet<string>,
  ): Promise<SignatureMismatch> {
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
