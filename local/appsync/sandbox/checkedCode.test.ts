import { execFileSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeDigest, recordCheckedCode, wasCodeChecked } from './checkedCode.js';
import { findCodeErrors } from './findCodeErrors.js';

const refused =
  'export function request(ctx) { let n = 0; n++; return {}; }\nexport const response = (ctx) => ctx.result;\n';

describe('code checked in another process', () => {
  it('is not checked again, and only the very code recorded is skipped', () => {
    const other = refused.replace('n++', 'n--');
    expect(findCodeErrors(refused)).not.toEqual([]);
    expect(wasCodeChecked(refused)).toBe(false);
    recordCheckedCode([codeDigest(refused)]);
    expect(wasCodeChecked(refused)).toBe(true);
    expect(findCodeErrors(refused)).toEqual([]);
    expect(findCodeErrors(other)).toMatchObject([
      { errorType: 'LINT_ERROR', value: 'The operator -- is not supported' },
    ]);
  });

  it('leaves ESLint unloaded in a process where all code checked was recorded', () => {
    const module = (name: string): string => pathToFileURL(path.join(import.meta.dirname, name)).href;
    const script = `
      import { createRequire } from 'node:module';
      const { codeDigest, recordCheckedCode } = await import(${JSON.stringify(module('checkedCode.ts'))});
      const { findCodeErrors } = await import(${JSON.stringify(module('findCodeErrors.ts'))});
      const code = ${JSON.stringify(refused)};
      recordCheckedCode([codeDigest(code)]);
      const errors = findCodeErrors(code);
      const loaded = Object.keys(createRequire(import.meta.url).cache).filter((file) => file.includes('/node_modules/eslint/'));
      console.log(JSON.stringify({ errors, loaded }));`;
    const output = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      encoding: 'utf8',
    });
    expect(JSON.parse(output)).toEqual({ errors: [], loaded: [] });
  });
});
