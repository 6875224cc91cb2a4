import { describe, expect, it } from 'vitest';
import { newId } from './newId.js';

describe('newId', () => {
  it('writes the time and 80 random bits in Crockford base32, as the ULID specification does', () => {
    // The ULID specification's example time, 1469918176385 ms, encodes as 01ARYZ6S41.
    expect(newId(1469918176385, new Uint8Array(10))).toBe('01ARYZ6S410000000000000000');
    expect(newId(0, new Uint8Array(10).fill(255))).toBe('0000000000ZZZZZZZZZZZZZZZZ');
  });

  it('sorts by time', () => {
    const random = new Uint8Array(10).fill(7);
    const ids = [3, 1, 2].map((ms) => newId(Date.UTC(2026, 0, 1) + ms, random));
    expect([...ids].sort()).toEqual([ids[1], ids[2], ids[0]]);
  });

  it('refuses a time outside 48 bits and too few random bytes', () => {
    expect(() => newId(-1, new Uint8Array(10))).toThrow('ULID time');
    expect(() => newId(2 ** 48, new Uint8Array(10))).toThrow('ULID time');
    expect(() => newId(0, new Uint8Array(9))).toThrow('10 random bytes');
  });
});
