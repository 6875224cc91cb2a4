// A module-level string constant of a generated schema file: `const _e = "error";`.
const STRING_CONSTANT = /^const (_[A-Za-z0-9_$]*) = ("(?:[^"\\\n]|\\.)*");$/gm;
// An object key computed from one identifier: `{ [_e]: ... }`.
const COMPUTED_KEY = /\[(_[A-Za-z0-9_$]*)\]:/g;

/**
 * The source of an AWS SDK schema file (`dist-es/schemas/schemas_0.js`) with each object key computed
 * from one of its string constants written as that string: `{ [_e]: _c, [_hE]: 400 }` becomes
 * `{ "error": _c, "httpError": 400 }`, the same object. esbuild keeps any statement holding a computed
 * key, since evaluating `[key]` might call a `toString` (evanw/esbuild#4373), so without this every
 * operation's schema of a client stays in the bundle, not only the ones its commands use
 * (aws/aws-sdk-js-v3#7607; smithy-typescript's own fix writes literal keys the same way).
 *
 * The source is returned unchanged unless it has the generated files' plain shape, where the rewrite
 * cannot change a value: each constant declared once, no functions with parameters or nested
 * declarations that could shadow one (only `() => Schema$` thunks), and no key text inside strings.
 *
 * @example
 * literalSchemaKeys('const _e = "error";\nexport var E$ = [-3, n0, _E, { [_e]: _c }];')
 * // => 'const _e = "error";\nexport var E$ = [-3, n0, _E, { "error": _c }];'
 */
export function literalSchemaKeys(source: string): string {
  const strings = new Map<string, string>();
  for (const [, name, literal] of source.matchAll(STRING_CONSTANT)) {
    if (name === undefined || literal === undefined || strings.has(name)) return source;
    if (literal.includes('[')) return source;
    strings.set(name, literal);
  }
  if (strings.size === 0 || !hasPlainShape(source, strings)) return source;
  return source.replace(COMPUTED_KEY, (key, name: string) => strings.get(name)?.concat(':') ?? key);
}

/** True when no binding in `source` can shadow one of the constants a key would be replaced by. */
function hasPlainShape(source: string, strings: ReadonlyMap<string, string>): boolean {
  const arrows = source.split('=>').length - 1;
  const thunks = source.split('() =>').length - 1;
  if (arrows !== thunks || /\b(?:function|class|catch)\b[\s(]/.test(source)) return false;
  if (/"[^"\n]*\[_[A-Za-z0-9_$]*\]:/.test(source)) return false;
  for (const name of strings.keys()) {
    const declarations = source.match(new RegExp(`\\b(?:const|let|var) ${escapeRegExp(name)}\\b`, 'g'));
    if ((declarations?.length ?? 0) !== 1) return false;
  }
  return true;
}

function escapeRegExp(text: string): string {
  return text.replace(/[$()*+.?[\\\]^{|}]/g, '\\$&');
}
