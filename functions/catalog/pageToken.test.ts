import { describe, expect, it } from 'vitest';
import { CatalogError } from './CatalogError.js';
import { pageTokenScope, readPageToken, writePageToken } from './pageToken.js';
import { pageTokenKey } from './pageTokenKey.js';

const key = pageTokenKey('arn:aws:secretsmanager:eu-west-1:123456789012:secret:shop-db-AbCdEf');
const filter = {
  category: 'Tea',
  search: null,
  minPriceCents: 100,
  maxPriceCents: null,
  inStockOnly: true,
  archived: false,
};
const scope = pageTokenScope(filter, 'PRICE_ASC');

function refusal(read: () => unknown): CatalogError {
  try {
    read();
  } catch (error) {
    return error as CatalogError;
  }
  throw new Error('the token was accepted');
}

describe('page tokens', () => {
  it('round-trip a position for the query and key they were written with', () => {
    const token = writePageToken({ value: 1290, id: '01KE6P4YM0DHC2TM6Y9F93QGZJ' }, scope, key);
    expect(token).toMatch(/^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]{43}$/);
    expect(readPageToken(token, scope, key, 'number')).toEqual({
      value: 1290,
      id: '01KE6P4YM0DHC2TM6Y9F93QGZJ',
    });
    const named = writePageToken({ value: 'Assam Black Tea', id: 'X' }, scope, key);
    expect(readPageToken(named, scope, key, 'string')).toEqual({ value: 'Assam Black Tea', id: 'X' });
  });

  it('is the same for the same position, query and key (no clock, no randomness)', () => {
    expect(writePageToken({ value: 5, id: 'A' }, scope, key)).toBe(
      writePageToken({ value: 5, id: 'A' }, scope, key),
    );
  });

  it.each([
    [
      'an edited body',
      (token: string) => `${Buffer.from('[1,"A"]').toString('base64url')}.${token.split('.')[1]}`,
    ],
    ['an edited signature', (token: string) => `${token.slice(0, -1)}${token.endsWith('A') ? 'B' : 'A'}`],
    ['no signature', (token: string) => token.split('.')[0]!],
    ['an extra part', (token: string) => `${token}.x`],
    ['garbage', () => '%%%'],
    ['an empty string', () => ''],
  ])('refuses %s with a ValidationError on nextToken', (_case, forge) => {
    const token = writePageToken({ value: 1290, id: 'A' }, scope, key);
    const error = refusal(() => readPageToken(forge(token), scope, key, 'number'));
    expect(error).toBeInstanceOf(CatalogError);
    expect(error).toMatchObject({
      type: 'ValidationError',
      message: 'nextToken: is not a token of this query',
      info: { field: 'nextToken' },
    });
  });

  it('refuses a token of another query, another deployment, or with a value of the wrong type', () => {
    const token = writePageToken({ value: 1290, id: 'A' }, scope, key);
    expect(
      refusal(() => readPageToken(token, pageTokenScope(filter, 'PRICE_DESC'), key, 'number')).type,
    ).toBe('ValidationError');
    expect(
      refusal(() =>
        readPageToken(token, pageTokenScope({ ...filter, inStockOnly: false }, 'PRICE_ASC'), key, 'number'),
      ).type,
    ).toBe('ValidationError');
    const otherKey = pageTokenKey('arn:aws:secretsmanager:eu-west-1:123456789012:secret:other-db-XyZ');
    expect(refusal(() => readPageToken(token, scope, otherKey, 'number')).type).toBe('ValidationError');
    expect(refusal(() => readPageToken(token, scope, key, 'string')).type).toBe('ValidationError');
  });

  it('derives a 32-byte key that differs per secret', () => {
    expect(key).toHaveLength(32);
    expect(pageTokenKey('a').equals(pageTokenKey('b'))).toBe(false);
  });
});
