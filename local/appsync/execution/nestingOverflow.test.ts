import { describe, expect, it } from 'vitest';
import { nestingOverflow } from './nestingOverflow.js';

describe('nestingOverflow', () => {
  it('finds the bracket that opens the first level past the bound', () => {
    expect(nestingOverflow('{ a { b } }', 2)).toBeUndefined();
    expect(nestingOverflow('{ a { b { c } } }', 2)).toBe(8);
    expect(nestingOverflow('{ a(x: [[1]]) }', 2)).toBe(8);
    expect(nestingOverflow('{ a(x: { y: { z: 1 } }) }', 2)).toBe(12);
    expect(nestingOverflow('{ a } { b } { c }', 1)).toBeUndefined();
  });

  it('skips strings, block strings and comments, as the lexer does', () => {
    expect(nestingOverflow('{ a(x: "{{{[[[\\"{{") }', 1)).toBeUndefined();
    expect(nestingOverflow('{ a(x: """ {{{ \\""" [[[ """) }', 1)).toBeUndefined();
    expect(nestingOverflow('{ a # {{{{\n b }', 1)).toBeUndefined();
    expect(nestingOverflow('{ a(x: "{") { b } }', 1)).toBe(12);
  });

  it('reads 5,000 levels without recursion', () => {
    const deep = `${'{a'.repeat(5000)}${'}'.repeat(5000)}`;
    expect(nestingOverflow(deep, 200)).toBe(400);
    expect(nestingOverflow(deep, 5000)).toBeUndefined();
  });
});
