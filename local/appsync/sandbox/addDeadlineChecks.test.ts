import { parse } from 'acorn';
import { describe, expect, it } from 'vitest';
import { addDeadlineChecks } from './addDeadlineChecks.js';

const CHECK = '__appsyncDeadlineCheck()';

describe('addDeadlineChecks', () => {
  it('checks at the start of every function body and for-in/for-of body, leaving the rest as it was', () => {
    const code = [
      'export function request(ctx) {',
      '  const doubled = ctx.args.items.map((item) => item * 2);',
      '  for (const key in ctx.args) doubled.push(key);',
      '  for (const item of doubled) { doubled.length; }',
      '  return { doubled, make: function () { return 1; }, wrap: () => ({ a: 1 }) };',
      '}',
    ].join('\n');
    const checked = addDeadlineChecks(code).code;
    expect(checked.split('\n')).toEqual([
      `export function request(ctx) {${CHECK};`,
      `  const doubled = ctx.args.items.map((item) => (${CHECK}, item * 2));`,
      `  for (const key in ctx.args) {${CHECK};doubled.push(key);}`,
      `  for (const item of doubled) {${CHECK}; doubled.length; }`,
      `  return { doubled, make: function () {${CHECK}; return 1; }, wrap: () => ((${CHECK}, { a: 1 })) };`,
      '}',
    ]);
    expect(checked.replaceAll(`${CHECK};`, '').replaceAll(`(${CHECK}, `, '(')).not.toContain(CHECK);
  });

  it('closes the innermost insertion first where two end at one place', () => {
    // The loop body and the arrow's expression body both end at the end of the line (no semicolon).
    const checked = addDeadlineChecks('for (const a of b) f = () => a\nexport {};').code;
    expect(checked).toBe(`for (const a of b) {${CHECK};f = () => (${CHECK}, a)}\nexport {};`);
    expect(() => parse(checked, { ecmaVersion: 'latest', sourceType: 'module' })).not.toThrow();
  });

  it('maps columns of the checked code back to the original, on lines with and without insertions', () => {
    const code = 'export function f(x) { return x.a.b; }\nconst y = [1].map((v) => v.c);\nexport { y };';
    const checked = addDeadlineChecks(code);
    const [first = '', second = ''] = checked.code.split('\n');
    const column = (line: string, text: string): number => line.indexOf(text) + 1;
    expect(checked.originalColumn(1, column(first, 'x.a.b'))).toBe(column(code, 'x.a.b'));
    expect(checked.originalColumn(1, column(first, 'export'))).toBe(1);
    expect(checked.originalColumn(2, column(second, 'v.c'))).toBe(column(code.split('\n')[1]!, 'v.c'));
    // A position inside an inserted check belongs to the code right after it.
    expect(checked.originalColumn(1, column(first, CHECK) + 3)).toBe(column(code, ' return'));
    expect(checked.originalColumn(3, 5)).toBe(5);
  });
});
