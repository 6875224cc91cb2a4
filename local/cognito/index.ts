export { codeEmail } from './codeEmail.js';
export type { CodePurpose, DeliverCode } from './codeMessages.js';
export { ensureUser } from './ensureUser.js';
export type { EnsuredUser, EnsuredUserSpec } from './ensureUser.js';
export type { InvokeTrigger } from './localTriggers.js';
export { startCognito } from './startCognito.js';
export type { CognitoOptions, CognitoTwin } from './startCognito.js';
