/** One element of a compiled `DateTimeFormatter` pattern. */
export type PatternToken =
  | { readonly kind: 'literal'; readonly text: string }
  | { readonly kind: 'field'; readonly letter: string; readonly count: number }
  | { readonly kind: 'optional'; readonly tokens: readonly PatternToken[] };

/** The most letters Java accepts for each supported pattern letter. */
const MAX_COUNT: Readonly<Record<string, number>> = {
  G: 5,
  u: 19,
  y: 19,
  Y: 19,
  Q: 5,
  q: 5,
  M: 5,
  L: 5,
  w: 2,
  W: 1,
  d: 2,
  D: 3,
  E: 5,
  e: 5,
  c: 5,
  a: 1,
  h: 2,
  K: 2,
  k: 2,
  H: 2,
  m: 2,
  s: 2,
  S: 9,
  A: 19,
  n: 19,
  N: 19,
  V: 2,
  z: 4,
  O: 4,
  X: 5,
  x: 5,
  Z: 5,
};

const cache = new Map<string, readonly PatternToken[]>();

/**
 * Compiles a Java `DateTimeFormatter.ofPattern` pattern: runs of a letter are fields, `'text'` is a
 * literal (`''` a quote), `[...]` an optional section, any other character itself. Throws with Java's
 * wording for an unknown letter, too many letters, a reserved character or an unclosed quote.
 */
export function compilePattern(pattern: string): readonly PatternToken[] {
  const cached = cache.get(pattern);
  if (cached) return cached;
  const stack: PatternToken[][] = [[]];
  let i = 0;
  const top = (): PatternToken[] => stack[stack.length - 1]!;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if ((ch >= 'A' && ch <= 'Z') || (ch >= 'a' && ch <= 'z')) {
      let end = i + 1;
      while (pattern[end] === ch) end += 1;
      const count = end - i;
      const max = MAX_COUNT[ch];
      if (max === undefined) throw new Error(`Unknown pattern letter: ${ch}`);
      if (count > max || (ch === 'V' && count !== 2) || (ch === 'O' && count !== 1 && count !== 4)) {
        throw new Error(`Too many pattern letters: ${ch}`);
      }
      top().push({ kind: 'field', letter: ch, count });
      i = end;
    } else if (ch === "'") {
      let end = i + 1;
      let text = '';
      for (;;) {
        if (end >= pattern.length)
          throw new Error(`Pattern ends with an incomplete string literal: ${pattern}`);
        if (pattern[end] === "'") {
          if (pattern[end + 1] === "'") {
            text += "'";
            end += 2;
            continue;
          }
          break;
        }
        text += pattern[end];
        end += 1;
      }
      top().push({ kind: 'literal', text: end === i + 1 ? "'" : text });
      i = end + 1;
    } else if (ch === '[') {
      stack.push([]);
      i += 1;
    } else if (ch === ']') {
      if (stack.length === 1) throw new Error('Pattern invalid as it contains ] without previous [');
      const tokens = stack.pop()!;
      top().push({ kind: 'optional', tokens });
      i += 1;
    } else if (ch === '{' || ch === '}' || ch === '#') {
      throw new Error(`Pattern includes reserved character: '${ch}'`);
    } else {
      top().push({ kind: 'literal', text: ch });
      i += 1;
    }
  }
  // Java closes optional sections left open at the end of the pattern.
  while (stack.length > 1) {
    const tokens = stack.pop()!;
    top().push({ kind: 'optional', tokens });
  }
  const tokens = stack[0]!;
  cache.set(pattern, tokens);
  return tokens;
}
