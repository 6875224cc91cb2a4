import { javaPatternToRegExp } from './javaPatternToRegExp.js';

/**
 * `util.matches(pattern, value)`: whether the whole of `value` matches the Java regular expression,
 * as Java's `String.matches` answers ("The functionality is based on Pattern", built-in-util-js docs;
 * `util.matches("a*b", "aaaaab")` is true). A value that is not a string never matches.
 */
export function matches(pattern: string, value: string): boolean {
  if (typeof value !== 'string') return false;
  const regExp = javaPatternToRegExp(String(pattern));
  regExp.lastIndex = 0;
  return regExp.test(value);
}
