const POSIX: Readonly<Record<string, string>> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F',
  Space: ' \\t\\n\\x0B\\f\\r',
  javaLowerCase: 'a-z',
  javaUpperCase: 'A-Z',
  javaWhitespace: ' \\t\\n\\x0B\\f\\r\\x1C-\\x1F',
};

/** Java's `\s`: ASCII whitespace only (JavaScript's also takes Unicode spaces). */
const SPACE = ' \\t\\n\\x0B\\f\\r';
const HORIZONTAL = ' \\t\\xA0\\u1680\\u180E\\u2000-\\u200A\\u202F\\u205F\\u3000';
const VERTICAL = '\\n\\x0B\\f\\r\\x85\\u2028\\u2029';
const CACHE = new Map<string, RegExp>();

/**
 * A JavaScript `RegExp` that matches exactly the strings Java's `String.matches(pattern)` accepts —
 * the whole input, not a part of it — for the common subset of `java.util.regex.Pattern`: leading
 * inline flags `(?i)(?s)(?m)(?u)`, `\Q...\E`, `\A \z \Z`, `\h \H \v \V \R`, POSIX and Unicode `\p{...}`
 * classes, possessive quantifiers and atomic groups (read as greedy ones). Not supported: class
 * intersection `&&`, inline flags after the start, comments mode. Throws `SyntaxError` for a pattern
 * JavaScript cannot read.
 */
export function javaPatternToRegExp(pattern: string): RegExp {
  const cached = CACHE.get(pattern);
  if (cached) return cached;
  let flags = '';
  let rest = pattern;
  for (let lead = /^\(\?([imsu]+)\)/.exec(rest); lead; lead = /^\(\?([imsu]+)\)/.exec(rest)) {
    for (const flag of lead[1]!) {
      if (flag !== 'u' && !flags.includes(flag)) flags += flag;
    }
    rest = rest.slice(lead[0].length);
  }
  const unicode =
    /\\[pP]\{(?!(?:Is|In)?(?:Lower|Upper|ASCII|Alpha|Digit|Alnum|Punct|Graph|Print|Blank|Cntrl|XDigit|Space|java\w+)\})/.test(
      rest,
    ) || /\\x\{/.test(rest);
  const source = translate(rest);
  // Anchored at the start by the sticky flag and at the end by a look-ahead that no multiline flag
  // changes, so alternatives backtrack until the whole input matches, as in Java.
  const regExp = new RegExp(`(?:${source})(?![\\s\\S])`, `${flags}${unicode ? 'u' : ''}y`);
  CACHE.set(pattern, regExp);
  return regExp;
}

function translate(pattern: string): string {
  let out = '';
  let inClass = 0;
  let i = 0;
  while (i < pattern.length) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      const next = pattern[i + 1];
      if (next === undefined) throw new SyntaxError(`Unexpected internal error near index ${i}: ${pattern}`);
      if (next === 'Q') {
        const end = pattern.indexOf('\\E', i + 2);
        const quoted = pattern.slice(i + 2, end < 0 ? pattern.length : end);
        out += [...quoted].map(literal).join('');
        i = end < 0 ? pattern.length : end + 2;
        continue;
      }
      const [text, length] = escape(pattern, i, inClass > 0);
      out += text;
      i += length;
      continue;
    }
    if (ch === '[') {
      inClass += 1;
      out += ch;
      if (pattern[i + 1] === '^') {
        out += '^';
        i += 1;
      }
      // In Java a `]` first in a class is a literal.
      if (pattern[i + 1] === ']') {
        out += '\\]';
        i += 1;
      }
      i += 1;
      continue;
    }
    if (ch === ']' && inClass > 0) {
      inClass -= 1;
      out += ch;
      i += 1;
      continue;
    }
    if (inClass === 0 && (ch === '+' || ch === '*' || ch === '?' || ch === '}') && pattern[i + 1] === '+') {
      out += ch; // possessive quantifier, read as greedy
      i += 2;
      continue;
    }
    if (inClass === 0 && pattern.startsWith('(?>', i)) {
      out += '(?:'; // atomic group, read as a plain group
      i += 3;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}

/** One Java escape at `pattern[i]`, as JavaScript source, and how many characters it took. */
function escape(pattern: string, i: number, inClass: boolean): [string, number] {
  const next = pattern[i + 1]!;
  switch (next) {
    case 'A':
      return ['(?<![\\s\\S])', 2];
    case 'z':
      return ['(?![\\s\\S])', 2];
    case 'Z':
      return ['(?=\\n?(?![\\s\\S]))', 2];
    case 'G':
      return ['', 2];
    case 's':
      return [inClass ? SPACE : `[${SPACE}]`, 2];
    case 'S':
      return [inClass ? '\\S' : `[^${SPACE}]`, 2];
    case 'h':
      return [inClass ? HORIZONTAL : `[${HORIZONTAL}]`, 2];
    case 'H':
      return [`[^${HORIZONTAL}]`, 2];
    case 'v':
      return [inClass ? VERTICAL : `[${VERTICAL}]`, 2];
    case 'V':
      return [`[^${VERTICAL}]`, 2];
    case 'R':
      return ['(?:\\r\\n|[\\n\\x0B\\f\\r\\x85\\u2028\\u2029])', 2];
    case 'e':
      return ['\\x1B', 2];
    case 'a':
      return ['\\x07', 2];
    case 'p':
    case 'P':
      return property(pattern, i, inClass);
    case 'x':
      if (pattern[i + 2] === '{') {
        const end = pattern.indexOf('}', i);
        return [literal(String.fromCodePoint(parseInt(pattern.slice(i + 3, end), 16))), end - i + 1];
      }
      return [pattern.slice(i, i + 4), 4];
    case '0': {
      const octal = /^[0-7]{1,3}/.exec(pattern.slice(i + 2))?.[0] ?? '';
      return [literal(String.fromCharCode(parseInt(octal || '0', 8))), 2 + octal.length];
    }
    default:
      if (/[0-9A-Za-z]/.test(next)) return [`\\${next}`, 2];
      // Java lets any other character be escaped; JavaScript's `u` mode does not, so write it plainly.
      return [literal(next), 2];
  }
}

function property(pattern: string, i: number, inClass: boolean): [string, number] {
  const negated = pattern[i + 1] === 'P';
  if (pattern[i + 2] !== '{') {
    return [`\\${pattern[i + 1]!}{${pattern[i + 2]!}}`, 3];
  }
  const end = pattern.indexOf('}', i);
  const name = pattern.slice(i + 3, end).replace(/^Is(?=[A-Z])/, '');
  const posix = POSIX[name];
  if (posix !== undefined) {
    if (inClass && !negated) return [posix, end - i + 1];
    return [`[${negated ? '^' : ''}${posix}]`, end - i + 1];
  }
  return [`\\${negated ? 'P' : 'p'}{${unicodeProperty(name)}}`, end - i + 1];
}

const BINARY = new Set([
  'Alphabetic',
  'Ideographic',
  'Letter',
  'Lowercase',
  'Uppercase',
  'Punctuation',
  'Control',
  'White_Space',
  'Hex_Digit',
  'Join_Control',
  'Noncharacter_Code_Point',
  'Assigned',
  'Emoji',
]);

/** Java's `\p{...}` name as JavaScript's: categories and binary properties as they are, else a script. */
function unicodeProperty(name: string): string {
  if (/^[A-Z][a-z]?$/.test(name) || BINARY.has(name)) return name;
  if (name === 'WhiteSpace') return 'White_Space';
  // `In` names a block in Java; JavaScript has scripts only, the nearest match.
  return `Script=${name.startsWith('In') ? name.slice(2) : name}`;
}

/** A character as a literal in either JavaScript regex mode. */
function literal(ch: string): string {
  if (/[0-9A-Za-z]/.test(ch)) return ch;
  const code = ch.codePointAt(0)!;
  if (code <= 0xff) return `\\x${code.toString(16).padStart(2, '0')}`;
  if (code <= 0xffff) return `\\u${code.toString(16).padStart(4, '0')}`;
  return ch;
}
