import type AppSyncPlugin from '@aws-appsync/eslint-plugin';
import type { Linter } from 'eslint';
import { createRequire } from 'node:module';
import { wasCodeChecked } from './checkedCode.js';

/**
 * One entry of `detail.codeErrors` in the BadRequestException AppSync answers to CreateResolver,
 * UpdateResolver, CreateFunction and EvaluateCode when the code uses what APPSYNC_JS cannot run
 * (AppSync API reference: API_CodeError, API_CodeErrorLocation, API_BadRequestDetail).
 */
export interface CodeError {
  /** AppSync names `LINT_ERROR` and `PARSER_ERROR`. */
  readonly errorType: 'LINT_ERROR' | 'PARSER_ERROR';
  /** "A user presentable error", e.g. AppSync's own example `Parsing error: Unterminated string literal`. */
  readonly value: string;
  /** 1-based line and column in the deployed code; `span` is the length, -1 when not known. */
  readonly location: { readonly line: number; readonly column: number; readonly span: number };
}

/**
 * What the "Supported runtime features" page of APPSYNC_JS (docs.aws.amazon.com/appsync/latest/devguide/
 * supported-features.html) says the runtime does not run, and which `@aws-appsync/eslint-plugin` (AWS's
 * own linter for APPSYNC_JS) does not catch. AppSync does not document the `value` it gives for each of
 * these: the messages below are the twin's, worded after the page.
 */
const NOT_ON_THE_PAGE = [
  // Statements: "The following are not supported: ... throw"; Error types: "Throwing errors with throw is
  // not supported. You can return an error by using util.error()".
  {
    selector: 'ThrowStatement',
    message: 'Throwing errors with throw is not supported. Use util.error().',
  },
  // Types: "numbers, strings, booleans, objects, arrays, functions"; the plugin's no-classes sees
  // declarations only.
  { selector: 'ClassExpression', message: 'Class expressions are not supported.' },
  // Built-in objects: "Async processes are not supported, and promises are not supported"; the plugin's
  // no-promise sees `new Promise` only.
  {
    selector: "MemberExpression[object.type='Identifier'][object.name='Promise']",
    message: 'Promise is not supported',
  },
  // String.prototype.replace: "Regular expressions are not supported"; the plugin's no-regex sees literals only.
  {
    selector: "NewExpression[callee.name='RegExp'], CallExpression[callee.name='RegExp']",
    message: 'Regular expressions are not supported.',
  },
  // Function: "Function constructors are not supported."
  {
    selector: "NewExpression[callee.name='Function'], CallExpression[callee.name='Function']",
    message: 'Function constructors are not supported.',
  },
] as const;

/**
 * The rules that decide, at load, whether the twin runs a resolver: the base rules of
 * `@aws-appsync/eslint-plugin` (`no-while`, `no-try`, `no-for`, `no-continue`, `no-labels`, `no-classes`,
 * `no-regex`, `no-promise`, `no-async`, `no-await`, `no-generators`, `no-yield`, `no-this`,
 * `no-disallowed-unary-operators` for `++ -- ~`, `no-in-operator`, `no-disallowed-binary-operators` for
 * `instanceof`, `no-disallowed-re-assignment` of `ctx`), which need no type information and so run on the
 * bundle AppSync receives, plus `NOT_ON_THE_PAGE`. The plugin's `recommended` rules that need TypeScript's
 * types (recursion, disallowed methods, passing functions) are left to `npm run build`'s lint.
 */
function config(appsync: typeof AppSyncPlugin): Linter.Config[] {
  return [
    {
      files: ['**/*.js'],
      languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
      plugins: { '@aws-appsync': appsync },
      rules: {
        ...(appsync.configs?.base as Linter.Config | undefined)?.rules,
        'no-restricted-syntax': ['error', ...NOT_ON_THE_PAGE],
      },
    },
  ];
}

let checker: { readonly linter: Linter; readonly config: Linter.Config[] } | undefined;

/**
 * ESLint's `Linter` with the rules above, loaded at the first check rather than with this module: the
 * AppSync plugin brings TypeScript along, tens of megabytes that a process whose code was checked
 * elsewhere (`recordCheckedCode`) never needs.
 */
function loadChecker(): NonNullable<typeof checker> {
  const require = createRequire(import.meta.url);
  const eslint = require('eslint') as { readonly Linter: typeof Linter };
  const appsync = require('@aws-appsync/eslint-plugin') as typeof AppSyncPlugin;
  return { linter: new eslint.Linter({ configType: 'flat' }), config: config(appsync) };
}

/**
 * The problems AppSync reports when `code` (a resolver or function bundle, as deployed) is saved: a
 * syntax error as `PARSER_ERROR`, each use of a feature APPSYNC_JS does not support as `LINT_ERROR`, in
 * the order they appear. An empty list means AppSync's checks we know of pass. Code recorded as checked
 * in another process (`recordCheckedCode`) is not checked again.
 *
 * @example findCodeErrors('export function request() { let i = 0; i++; return {}; }')
 * // [{ errorType: 'LINT_ERROR', value: 'The operator ++ is not supported', location: { line: 1, column: 41, span: 3 } }]
 */
export function findCodeErrors(code: string): CodeError[] {
  if (wasCodeChecked(code)) return [];
  checker ??= loadChecker();
  return checker.linter.verify(code, checker.config, { filename: 'code.js' }).map((message) => ({
    errorType: message.fatal ? 'PARSER_ERROR' : 'LINT_ERROR',
    value: message.message,
    location: {
      line: message.line,
      column: message.column,
      span:
        message.endLine === message.line && message.endColumn !== undefined
          ? message.endColumn - message.column
          : -1,
    },
  }));
}
