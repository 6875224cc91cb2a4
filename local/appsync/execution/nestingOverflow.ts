/**
 * Where a GraphQL document first nests deeper than `max`: the offset of the first `{` or `[` that opens
 * level `max + 1`, counting selection sets, list values and input objects alike; undefined when none
 * does. Strings, block strings and comments are skipped, as the lexer skips them. One pass over the text
 * and no recursion, so it can run before graphql-js's recursive-descent parser, which a document some
 * thousands of levels deep overflows ("Maximum call stack size exceeded"). Brackets that do not
 * balance are left to the parser to report.
 */
export function nestingOverflow(source: string, max: number): number | undefined {
  let depth = 0;
  let i = 0;
  while (i < source.length) {
    const ch = source[i];
    if (ch === '#') {
      while (i < source.length && source[i] !== '\n' && source[i] !== '\r') i += 1;
    } else if (ch === '"') {
      i = source.startsWith('"""', i) ? endOfBlockString(source, i + 3) : endOfString(source, i + 1);
      continue;
    } else if (ch === '{' || ch === '[') {
      depth += 1;
      if (depth > max) return i;
    } else if (ch === '}' || ch === ']') {
      depth = Math.max(0, depth - 1);
    }
    i += 1;
  }
  return undefined;
}

/** The offset after the `"` closing a string whose text starts at `i` (or the line's end: unterminated). */
function endOfString(source: string, i: number): number {
  while (i < source.length) {
    const ch = source[i];
    if (ch === '\\') i += 2;
    else if (ch === '"') return i + 1;
    else if (ch === '\n' || ch === '\r') return i;
    else i += 1;
  }
  return i;
}

/** The offset after the `"""` closing a block string whose text starts at `i`; `\"""` does not close it. */
function endOfBlockString(source: string, i: number): number {
  while (i < source.length) {
    if (source.startsWith('\\"""', i)) i += 4;
    else if (source.startsWith('"""', i)) return i + 3;
    else i += 1;
  }
  return i;
}
