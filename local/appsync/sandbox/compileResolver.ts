import { transformSync } from 'esbuild';
import { SourceMap } from 'node:module';
import { addDeadlineChecks } from './addDeadlineChecks.js';
import { codeErrorsException } from './codeErrorsException.js';
import { findCodeErrors } from './findCodeErrors.js';

/** AppSync's limit on a resolver's or function's `code` (API_Resolver: maximum length 32,768). */
export const MAX_CODE_LENGTH = 32_768;

/** A resolver bundle made ready for the sandbox. */
export interface CompiledResolver {
  /** A function expression `(require, module, exports) => ...` holding the code as CommonJS. */
  readonly script: string;
  /**
   * The place in the bundle (what AppSync calls `code.js`) of a 1-based line and column of `script`,
   * where V8 reports errors and console calls; undefined where the script has no counterpart.
   */
  readonly sourcePosition: (line: number, column: number) => { line: number; column: number } | undefined;
}

/**
 * Turns a resolver bundle (ESM, `@aws-appsync/utils` imported) into the body of a CommonJS-style
 * function `(require, module, exports)` that the sandbox evaluates in its context, with deadline checks
 * added (`addDeadlineChecks`) and the way back from its positions to the bundle's, so errors and logs
 * name the lines and columns AppSync would. Refuses what
 * CreateResolver refuses: code over AppSync's 32,768-character limit, and code using a feature APPSYNC_JS
 * does not run (`findCodeErrors`), with AppSync's BadRequestException "The code contains one or more
 * errors." (`codeErrorsException`). So a resolver that loads in the twin also deploys.
 */
export function compileResolver(code: string, name: string): CompiledResolver {
  if (code.length > MAX_CODE_LENGTH) {
    throw new Error(`${name}: code is ${code.length} characters; AppSync accepts at most ${MAX_CODE_LENGTH}`);
  }
  const codeErrors = findCodeErrors(code);
  if (codeErrors.length > 0) throw codeErrorsException(name, codeErrors);
  const checked = addDeadlineChecks(code);
  const { code: commonJs, map } = transformSync(checked.code, {
    format: 'cjs',
    loader: 'js',
    target: 'es2022',
    sourcefile: 'code.js',
    sourcemap: 'external',
    // The wrapper's `require` serves the imports esbuild turns into require calls; code that names
    // `require` itself finds nothing there, as on AppSync, whose globals hold no require.
    define: { require: 'undefined' },
  });
  const sourceMap = new SourceMap(JSON.parse(map) as ConstructorParameters<typeof SourceMap>[0]);
  return {
    script: `(function (require, module, exports) {\n${commonJs}\n})`,
    sourcePosition: (line, column) => {
      // The wrapper's first line comes before the transformed code; SourceMap counts from 0.
      const entry = sourceMap.findEntry(line - 2, column - 1) as Partial<{
        originalLine: number;
        originalColumn: number;
      }>;
      return entry.originalLine === undefined || entry.originalColumn === undefined
        ? undefined
        : {
            line: entry.originalLine + 1,
            column: checked.originalColumn(entry.originalLine + 1, entry.originalColumn + 1),
          };
    },
  };
}
