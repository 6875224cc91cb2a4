import { describe, expect, it } from 'vitest';
import { base64OfText, ensureTextBuffer } from './ensureTextBuffer.js';

describe('ensureTextBuffer', () => {
  it('writes the base64 Node writes, for ASCII and for UTF-8 text', () => {
    for (const text of ['{"host":"localhost:4000","Authorization":"eyJ.a.b"}', 'Zoë — 東京', ''])
      expect(base64OfText(text)).toBe(Buffer.from(text).toString('base64'));
  });

  it('gives a scope without Buffer the one call the link makes, and refuses any other', () => {
    const scope: { Buffer?: unknown } = {};
    ensureTextBuffer(scope);
    const shim = scope.Buffer as {
      from(value: unknown, encoding?: string): { toString(to: string): string };
      isBuffer(value: unknown): boolean;
    };
    expect(shim.from('{"a":1}').toString('base64')).toBe('eyJhIjoxfQ==');
    expect(shim.isBuffer(new Uint8Array(1))).toBe(false);
    expect(() => shim.from('eyJhIjoxfQ==', 'base64')).toThrow(TypeError);
    expect(() => shim.from(new Uint8Array(2))).toThrow(TypeError);
    expect(() => shim.from('a').toString('hex')).toThrow(TypeError);
  });

  it('leaves a real Buffer alone', () => {
    const scope = { Buffer };
    ensureTextBuffer(scope);
    expect(scope.Buffer).toBe(Buffer);
  });
});
