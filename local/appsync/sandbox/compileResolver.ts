import { transformSync } from 'esbuild';

/** AppSync's limit on a resolver's or function's `code` (API_Resolver: maximum length 32,768). */
export const MAX_CODE_LENGTH = 32_768;

/**
 * Turns a resolver bundle (ESM, `@aws-appsync/utils` imported) into the body of a CommonJS-style
 * function `(require, module, exports)` that the sandbox evaluates in its context. Refuses code over
 * AppSync's 32,768-character limit, as CreateResolver would.
 */
export function compileResolver(code: string, name: string): string {
  if (code.length > MAX_CODE_LENGTH) {
    throw new Error(`${name}: code is ${code.length} characters; AppSync accepts at most ${MAX_CODE_LENGTH}`);
  }
  const { code: commonJs } = transformSync(code, {
    format: 'cjs',
    loader: 'js',
    target: 'es2022',
    sourcefile: 'code.js',
  });
  return `(function (require, module, exports) {\n${commonJs}\n})`;
}
