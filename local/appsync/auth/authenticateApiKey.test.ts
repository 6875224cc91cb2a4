import { describe, expect, it } from 'vitest';
import { AwsError } from '../../AwsError.js';
import { appSyncErrorBody } from './authErrors.js';
import { authenticateApiKey } from './authenticateApiKey.js';

const NOW = Date.UTC(2026, 0, 15, 12);
const keys = [
  { key: 'da2-current', expiresAt: NOW + 86_400_000 },
  { key: 'da2-expired', expiresAt: NOW - 1 },
  { key: 'da2-expiring', expiresAt: NOW },
];

function refusal(key: string): AwsError {
  try {
    authenticateApiKey(key, keys, NOW);
  } catch (error) {
    if (error instanceof AwsError) return error;
    throw error;
  }
  throw new Error(`${key} was accepted`);
}

describe('authenticateApiKey', () => {
  it('accepts a known key before its expiry, with a null identity', () => {
    expect(authenticateApiKey('da2-current', keys, NOW)).toEqual({ mode: 'API_KEY', identity: null });
  });

  // amplify-studio#1003 records this body for an expired key.
  it.each(['da2-unknown', 'da2-expired', 'da2-expiring', ''])(
    'refuses %j with 401 UnauthorizedException',
    (key) => {
      const error = refusal(key);
      expect(error.status).toBe(401);
      expect(appSyncErrorBody(error)).toEqual({
        errors: [
          { errorType: 'UnauthorizedException', message: 'You are not authorized to make this call.' },
        ],
      });
    },
  );
});
