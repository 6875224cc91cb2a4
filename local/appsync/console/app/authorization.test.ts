import { describe, expect, it } from 'vitest';
import { activeToken, API_KEY_AUTHORIZATION, authorizationHeaders, normalizeToken } from './authorization.js';

describe('authorizationHeaders', () => {
  it('sends the API key by default', () => {
    expect(authorizationHeaders(API_KEY_AUTHORIZATION, 'da2-key')).toEqual({ 'x-api-key': 'da2-key' });
  });

  it("sends the active mode's token as the raw Authorization header, never the other mode's", () => {
    const both = { userPoolToken: 'id-token', pastedToken: 'pasted' };
    expect(authorizationHeaders({ mode: 'userPool', ...both }, 'k')).toEqual({ authorization: 'id-token' });
    expect(authorizationHeaders({ mode: 'token', ...both }, 'k')).toEqual({ authorization: 'pasted' });
    expect(authorizationHeaders({ mode: 'apiKey', ...both }, 'k')).toEqual({ 'x-api-key': 'k' });
    expect(activeToken({ mode: 'apiKey', ...both })).toBeUndefined();
  });

  it('sends nothing for a token mode without a token (AppSync then answers UnauthorizedException)', () => {
    expect(authorizationHeaders({ mode: 'userPool' }, 'k')).toEqual({});
    expect(authorizationHeaders({ mode: 'token', userPoolToken: 'id-token' }, 'k')).toEqual({});
  });
});

describe('normalizeToken', () => {
  it('trims a pasted token and drops a Bearer prefix', () => {
    expect(normalizeToken('  Bearer a.b.c\n')).toBe('a.b.c');
    expect(normalizeToken('a.b.c')).toBe('a.b.c');
  });
});
