import { fromEnv } from '@aws-sdk/credential-provider-env';
import type { FromEnvInit } from '@aws-sdk/credential-provider-env';

/**
 * What a function bundle gets for `@aws-sdk/credential-provider-node`'s `defaultProvider` (see
 * `infra/bundling/lambdaSdkPlugin.ts`): the chain's first link alone, the role's keys and session token
 * from `AWS_ACCESS_KEY_ID`, `AWS_SECRET_ACCESS_KEY` and `AWS_SESSION_TOKEN`. Lambda always sets them for
 * a function (the twin sets them too), so on Lambda the default chain never gets past that link; its
 * others (SSO, shared ini files, processes, web identity, container and instance metadata) bring over
 * 100 KB of code and nested STS and SSO clients that no function could use. Rejects, like that link,
 * when the variables are missing.
 */
export function defaultProvider(init?: FromEnvInit): ReturnType<typeof fromEnv> {
  return fromEnv(init);
}
