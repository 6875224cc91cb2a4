import { randomInt } from 'node:crypto';
import type { Config } from 'cognito-local/lib/server/config.js';
import { CognitoServiceFactoryImpl } from 'cognito-local/lib/services/cognitoService.js';
import type { Services } from 'cognito-local/lib/services/index.js';
import { JwtTokenGenerator } from 'cognito-local/lib/services/tokenGenerator.js';
import type { TokenConfig } from 'cognito-local/lib/services/tokenGenerator.js';
import { UserPoolServiceFactoryImpl } from 'cognito-local/lib/services/userPoolService.js';
import type { DeliverCode } from './codeMessages.js';
import { codeMessages } from './codeMessages.js';
import { engineLogger } from './engineLogger.js';
import { JsonFileStoreFactory } from './JsonFileStoreFactory.js';
import type { InvokeTrigger } from './localTriggers.js';
import { localTriggers } from './localTriggers.js';

export interface CognitoServicesOptions {
  /** Folder of the user pools and app clients (`<poolId>.json`, `clients.json`). */
  readonly dataDir: string;
  /**
   * Read when tokens are signed: their `iss` is `${IssuerDomain}/<poolId>`. The twin fills it in once it
   * knows its port.
   */
  readonly tokenConfig: TokenConfig;
  readonly region: string;
  readonly deliverCode: DeliverCode | undefined;
  readonly invokeTrigger: InvokeTrigger | undefined;
  readonly log: (line: string) => void;
}

/**
 * cognito-local's engine for one twin, wired as its `createDefaultServer` wires it but with nothing
 * global: state under `dataDir` (not `./.cognito` of the working directory), configuration built here
 * (no `config.json` is read), random 6-digit codes sent through `deliverCode` (not `process.env.CODE`),
 * and the post-confirmation trigger through `invokeTrigger`.
 */
export async function cognitoServices(options: CognitoServicesOptions): Promise<Services> {
  const logger = engineLogger(options.log);
  const clock = { get: (): Date => new Date() };
  const stores = new JsonFileStoreFactory(options.dataDir);
  const config: Config = {
    LambdaClient: {},
    TriggerFunctions: {},
    // Users sign in with their email, which cognito-local's SignUp also reads from here.
    UserPoolDefaults: { UsernameAttributes: ['email'] },
    TokenConfig: options.tokenConfig,
    ServerConfig: {},
  };
  const cognito = await new CognitoServiceFactoryImpl(
    options.dataDir,
    stores,
    new UserPoolServiceFactoryImpl(clock, stores),
  ).create({ logger }, config.UserPoolDefaults);
  const triggers = localTriggers(options.region, options.invokeTrigger);
  return {
    clock,
    cognito,
    config,
    messages: codeMessages(options.deliverCode, options.log),
    otp: () => String(randomInt(0, 1_000_000)).padStart(6, '0'),
    tokenGenerator: new JwtTokenGenerator(clock, triggers, options.tokenConfig),
    triggers,
  };
}
