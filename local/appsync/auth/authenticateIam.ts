import type { IamCredential } from './AuthConfig.js';
import type { AuthRequest } from './AuthRequest.js';
import type { IamAuth } from './AuthResult.js';
import { authErrors, SKEW_MS } from './authErrors.js';
import { headerValue } from './headerValue.js';
import { parseSigV4Authorization } from './parseSigV4Authorization.js';
import { parseAmzDate, recomputeSignature } from './recomputeSignature.js';

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

  const mismatch = await recomputeSignature(
    request,
    authorization,
    credential.secretAccessKey,
    amzDate,
    (name) => authErrors.incompleteSignature(`Signed header '${name}' is missing from the request.`),
  );
  if (mismatch) throw authErrors.signatureMismatch(mismatch.canonicalRequest, mismatch.stringToSign);

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
