import { describe, expect, it } from 'vitest';
import { invariant } from './invariant.js';

describe('invariant', () => {
  it('passes a true condition and narrows the type', () => {
    const value: string | undefined = 'here';
    invariant(value !== undefined, 'value is set');
    expect(value.length).toBe(4);
  });

  it('throws a plain Error naming the broken assumption', () => {
    expect(() => invariant(false, 'the row exists')).toThrow(new Error('Invariant violated: the row exists'));
  });
});
