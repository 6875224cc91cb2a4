import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { CognitoError, UnsupportedError } from 'cognito-local/lib/errors.js';
import type { JWK } from 'jose';
import { AwsError } from '../AwsError.js';
import { verifySigV4 } from '../verifySigV4.js';
import type { SigV4Expectation } from '../verifySigV4.js';
import { engineLogger } from './engineLogger.js';
import type { Operation } from './Operation.js';
import { UNAUTHENTICATED_OPERATIONS } from './unauthenticatedOperations.js';

// cognito-local signs every token with this fixed key pair, shipped in its package: a deployed verifier
// must never trust a token from the twin (its issuer is the twin's own URL, so none will).
const require = createRequire(import.meta.url);
const signingKey = (require('cognito-local/lib/keys/cognitoLocal.public.json') as { jwk: JWK }).jwk;

const TARGET_PREFIX = 'AWSCognitoIdentityProviderService.';
const MAX_BODY_BYTES = 1 << 20;

export interface CognitoRequestHandlerOptions {
  readonly operations: ReadonlyMap<string, Operation>;
  /** The pools whose keys and OpenID configuration are served. */
  readonly userPoolIds: readonly string[];
  /** The twin's endpoint, known once it listens. */
  readonly endpoint: () => string;
  /** Whose SigV4 signatures the operations that need IAM accept (all but `UNAUTHENTICATED_OPERATIONS`). */
  readonly signature: Omit<SigV4Expectation, 'now'>;
  readonly log: (line: string) => void;
}

/**
 * The Cognito user-pool wire protocol (AWS JSON 1.1, `POST /` with `x-amz-target`), plus the pool's
 * public endpoints: `GET /<poolId>/.well-known/jwks.json` and `/.well-known/openid-configuration`.
 * Errors answer HTTP 400 with `__type` and `message` (and `x-amzn-errortype`), as Cognito does; what
 * cognito-local does not support answers 400 `UnsupportedOperationException` (it answers 500, which
 * SDKs retry); anything else thrown is a bug of the twin and answers 500 `InternalFailure`. As on AWS,
 * an operation that needs IAM (every one but `UNAUTHENTICATED_OPERATIONS`) needs a SigV4 signature
 * (`verifySigV4`) before it runs. Host, origin and CORS checks are `guardRequest`'s, in front of this.
 */
export function cognitoRequestHandler(
  options: CognitoRequestHandlerOptions,
): (request: IncomingMessage, response: ServerResponse) => void {
  const ctx = { logger: engineLogger(options.log) };
  return (request: IncomingMessage, response: ServerResponse): void => {
    response.setHeader('x-amzn-requestid', randomUUID());
    const wellKnown = /^\/([^/]+)\/\.well-known\/(jwks\.json|openid-configuration)$/.exec(request.url ?? '');
    if (request.method === 'GET' && wellKnown && options.userPoolIds.includes(wellKnown[1] ?? '')) {
      const issuer = `${options.endpoint()}/${wellKnown[1]}`;
      send(
        response,
        200,
        'application/json',
        wellKnown[2] === 'jwks.json'
          ? { keys: [signingKey] }
          : {
              issuer,
              jwks_uri: `${issuer}/.well-known/jwks.json`,
              id_token_signing_alg_values_supported: ['RS256'],
              subject_types_supported: ['public'],
            },
      );
      return;
    }
    if (request.method !== 'POST' || request.url !== '/') {
      send(response, 404, 'application/json', {
        message: `No ${request.method} ${request.url} on the Cognito twin`,
      });
      return;
    }
    void answer(request, options, ctx).then(
      (output) => send(response, 200, 'application/x-amz-json-1.1', output),
      (error: unknown) => {
        const failure = asAwsError(error);
        if (failure.status >= 500)
          options.log(`cognito: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        response.setHeader('x-amzn-errortype', failure.code);
        send(response, failure.status, 'application/x-amz-json-1.1', {
          __type: failure.code,
          message: failure.message,
        });
      },
    );
  };
}

async function answer(
  request: IncomingMessage,
  options: CognitoRequestHandlerOptions,
  ctx: Parameters<Operation>[0],
): Promise<object> {
  const target = String(request.headers['x-amz-target'] ?? '');
  const name = target.startsWith(TARGET_PREFIX) ? target.slice(TARGET_PREFIX.length) : '';
  const body = await readBody(request);
  const operation = options.operations.get(name);
  if (!operation)
    throw new AwsError('UnknownOperationException', `Unknown operation ${target || '(no x-amz-target)'}`);
  if (!UNAUTHENTICATED_OPERATIONS.has(name)) {
    await verifySigV4(
      { method: request.method ?? 'POST', url: request.url ?? '/', headers: request.headers, body },
      options.signature,
    );
  }
  let input: unknown;
  try {
    input = body.length === 0 ? {} : JSON.parse(body);
  } catch {
    throw new AwsError('SerializationException', 'The request body is not valid JSON');
  }
  // The body is the operation's input as the SDK serialised it; cognito-local checks what it reads.
  return operation(ctx, input as never);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) throw new AwsError('SerializationException', 'The request body is over 1 MB');
    chunks.push(chunk);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function asAwsError(error: unknown): AwsError {
  if (error instanceof AwsError) return error;
  if (error instanceof CognitoError) return new AwsError(error.code, error.message);
  if (error instanceof UnsupportedError) {
    return new AwsError(
      'UnsupportedOperationException',
      `Not supported by the local Cognito twin: ${error.message}`,
    );
  }
  return new AwsError('InternalFailure', 'The Cognito twin failed; its log has the reason', 500);
}

function send(response: ServerResponse, status: number, contentType: string, body: object): void {
  // AWS JSON protocols carry timestamps as epoch seconds; cognito-local's objects hold `Date`s.
  const json = JSON.stringify(body, function (this: Record<string, unknown>, key: string, value: unknown) {
    const raw = this[key];
    return raw instanceof Date ? raw.getTime() / 1000 : value;
  });
  response.writeHead(status, { 'content-type': contentType, 'content-length': Buffer.byteLength(json) });
  response.end(json);
}
