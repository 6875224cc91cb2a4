import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TokenConfig } from 'cognito-local/lib/services/tokenGenerator.js';
import type { UserPoolSpec } from '../../infra/description.js';
import type { LocalService, ServiceOptions } from '../LocalService.js';
import { guardRequest } from '../guardRequest.js';
import { close, listen } from '../listen.js';
import { LOCAL_CREDENTIALS } from '../localAws.js';
import type { DeliverCode } from './codeMessages.js';
import { cognitoOperations } from './cognitoOperations.js';
import { cognitoRequestHandler } from './cognitoRequestHandler.js';
import { cognitoServices } from './cognitoServices.js';
import { engineLogger } from './engineLogger.js';
import { ensureUserPool } from './ensureUserPool.js';
import type { InvokeTrigger } from './localTriggers.js';

export interface CognitoOptions extends ServiceOptions {
  /** Sends a code (sign-up, resend, forgot password, temporary password) to a user's email; logged when absent. */
  readonly deliverCode?: DeliverCode;
  /** Runs the post-confirmation function; without it the pool has no post-confirmation trigger. */
  readonly invokeTrigger?: InvokeTrigger;
  /** The user pool to hold: `userPool` of the stack description. */
  readonly userPool: UserPoolSpec;
  /**
   * Origins of the web pages allowed to call the twin from a browser (CORS): the shop's, whose app signs
   * users in with Amplify. A page of any other origin is refused. None when absent.
   */
  readonly corsOrigins?: readonly string[];
}

/** The running Cognito twin, with what the app and the AppSync twin need to know of its user pool. */
export interface CognitoTwin extends LocalService {
  readonly userPoolId: string;
  readonly userPoolClientId: string;
  /** The `iss` of every token: `${endpoint}/${userPoolId}`. */
  readonly issuer: string;
  /** `${issuer}/.well-known/jwks.json`: the key tokens are verified with. */
  readonly jwksUrl: string;
}

/**
 * Starts the Cognito user-pool twin: cognito-local 5.3.0's engine behind our own HTTP front, holding
 * the stack's user pool, app client and admin group (`ensureUserPool`). State lives in
 * `<stateDir>/db/` (one JSON file per pool, `clients.json`); without `stateDir` it lives in a temporary
 * folder removed on stop. Several twins can run in one process, each with its own state and port.
 *
 * Tokens are RS256 JWTs with `iss` = `${endpoint}/${userPoolId}`, so a verifier fetches the key from
 * the twin itself (`jwksUrl`); id tokens carry `aud` = the client id and `cognito:groups`.
 * Sign-in is `USER_PASSWORD_AUTH` only: `USER_SRP_AUTH` answers `UnsupportedOperationException`.
 * As on AWS, the operations that need IAM (`Admin*`, `ListUsers`, `CreateGroup`, ...) need a SigV4
 * signature, made with `LOCAL_CREDENTIALS`; those a user calls (sign-up, sign-in, their own attributes)
 * do not. It answers requests to its own loopback port only, and web pages of `corsOrigins` only.
 */
export async function startCognito(options: CognitoOptions): Promise<CognitoTwin> {
  const log = options.log ?? (() => undefined);
  const temporary = options.stateDir === undefined;
  const stateDir = options.stateDir ?? mkdtempSync(path.join(tmpdir(), 'shopsync-cognito-'));
  const dataDir = path.join(stateDir, 'db');
  mkdirSync(dataDir, { recursive: true });
  const removeTemporary = (): void => {
    if (temporary) rmSync(stateDir, { recursive: true, force: true });
  };

  try {
    // Filled in once the port is known; read at every signing.
    const tokenConfig: TokenConfig = {};
    const services = await cognitoServices({
      dataDir,
      tokenConfig,
      region: options.region,
      deliverCode: options.deliverCode,
      invokeTrigger: options.invokeTrigger,
      log,
    });
    const { userPoolId, userPoolClientId } = await ensureUserPool(
      services,
      { logger: engineLogger(log) },
      options.userPool,
      options,
    );
    let endpoint = '';
    const server = createServer(
      guardRequest(
        // AWS JSON 1.1, the user pools protocol; a JWKS or OpenID configuration GET has no body.
        { contentTypes: ['application/x-amz-json-1.1'], corsOrigins: options.corsOrigins ?? [] },
        cognitoRequestHandler({
          operations: cognitoOperations(services),
          userPoolIds: [userPoolId],
          endpoint: () => endpoint,
          signature: { service: 'cognito-idp', region: options.region, credentials: [LOCAL_CREDENTIALS] },
          log,
        }),
      ),
    );
    endpoint = await listen(server, options.port, 'cognito');
    tokenConfig.IssuerDomain = endpoint;
    const issuer = `${endpoint}/${userPoolId}`;
    let stopping: Promise<void> | undefined;
    return {
      name: 'cognito',
      endpoint,
      userPoolId,
      userPoolClientId,
      issuer,
      jwksUrl: `${issuer}/.well-known/jwks.json`,
      stop: () => (stopping ??= close(server).finally(removeTemporary)),
    };
  } catch (error) {
    removeTemporary();
    throw error;
  }
}
