import { describe, expect, it } from 'vitest';
import { authHeaders } from './authHeaders.js';

describe('authHeaders', () => {
  it('sends the ID token when signed in, and never the API key with it', () => {
    expect(authHeaders('eyJ.a.b', 'da2-key')).toEqual({ authorization: 'eyJ.a.b' });
  });

  it('sends the API key for a guest', () => {
    expect(authHeaders(undefined, 'da2-key')).toEqual({ 'x-api-key': 'da2-key' });
    expect(authHeaders('', 'da2-key')).toEqual({ 'x-api-key': 'da2-key' });
  });
});
