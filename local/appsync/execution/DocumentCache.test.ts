import { describe, expect, it } from 'vitest';
import { DocumentCache } from './DocumentCache.js';

describe('DocumentCache', () => {
  it('makes a value once per key and keeps the most recently used up to its limit', () => {
    const made: string[] = [];
    const cache = new DocumentCache<string>(2);
    const get = (key: string) =>
      cache.get(key, () => {
        made.push(key);
        return key.toUpperCase();
      });
    expect(get('a')).toBe('A');
    expect(get('a')).toBe('A');
    expect(get('b')).toBe('B');
    expect(get('a')).toBe('A'); // a is now the most recent: b goes first
    expect(get('c')).toBe('C');
    expect(cache.size).toBe(2);
    expect(get('a')).toBe('A');
    expect(get('b')).toBe('B');
    expect(made).toEqual(['a', 'b', 'c', 'b']);
  });
});
