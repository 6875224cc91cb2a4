import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultProvider } from './envDefaultProvider.js';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('defaultProvider, as function bundles have it', () => {
  it('answers with the keys and session token Lambda puts in the environment', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', 'AKIDEXAMPLE');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', 'secret');
    vi.stubEnv('AWS_SESSION_TOKEN', 'token');
    await expect(defaultProvider()()).resolves.toMatchObject({
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'secret',
      sessionToken: 'token',
    });
  });

  it('rejects when the environment has no keys', async () => {
    vi.stubEnv('AWS_ACCESS_KEY_ID', '');
    vi.stubEnv('AWS_SECRET_ACCESS_KEY', '');
    await expect(defaultProvider()()).rejects.toThrow('Unable to find environment variable credentials.');
  });
});
