import type { ApiKeySpec } from './AuthConfig.js';
import type { ApiKeyAuth } from './AuthResult.js';
import { authErrors } from './authErrors.js';

/**
 * Accepts an `x-api-key` that is one of the API's keys and has not expired at `now` (epoch ms); an API
 * key caller has no identity (`ctx.identity` is null). Throws `authErrors.apiKey()` otherwise.
 */
export function authenticateApiKey(key: string, apiKeys: readonly ApiKeySpec[], now: number): ApiKeyAuth {
  const known = apiKeys.find((candidate) => candidate.key === key);
  if (!known || now >= known.expiresAt) throw authErrors.apiKey();
  return { mode: 'API_KEY', identity: null };
}
