import { describe, expect, it } from 'vitest';
import { tokenClaims } from './tokenClaims.js';

const part = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (payload: unknown): string => `${part({ alg: 'RS256' })}.${part(payload)}.signature`;

// Tokens the Cognito twin issues are read in initiateAuth.test.ts; these are the edge cases.
describe('tokenClaims', () => {
  it('reads an access token by its username, with UTF-8 and base64url characters intact', () => {
    const claims = tokenClaims(
      jwt({ sub: 's-1', username: 'zoë?>~', 'cognito:groups': ['admins', 7], token_use: 'access', exp: 10 }),
    );
    expect(claims).toEqual({
      subject: 's-1',
      name: 'zoë?>~',
      groups: ['admins'],
      tokenUse: 'access',
      expiresAt: 10_000,
    });
  });

  it('falls back to the subject when the token names no one', () => {
    expect(tokenClaims(jwt({ sub: 's-2' }))).toEqual({
      subject: 's-2',
      name: 's-2',
      groups: [],
      tokenUse: undefined,
      expiresAt: undefined,
    });
  });

  it('says what is wrong with text that is not a JWT', () => {
    expect(() => tokenClaims('da2-apikey')).toThrow('three dot-separated parts');
    expect(() => tokenClaims('a.%%%.c')).toThrow('not base64url-encoded JSON');
    expect(() => tokenClaims(`a.${part('text')}.c`)).toThrow('not an object');
    expect(() => tokenClaims(jwt({ email: 'a@b.c' }))).toThrow('no subject');
  });
});
