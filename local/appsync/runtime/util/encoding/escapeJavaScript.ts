/**
 * `util.escapeJavaScript`, read as Apache Commons' `StringEscapeUtils.escapeJavaScript` (the VTL
 * `$util` heritage; assumed): `'` `"` `\` `/` are backslash-escaped, `\b \t \n \f \r` written as such,
 * and every other UTF-16 unit below U+0020 or above U+007F as `\uXXXX` (upper-case hex).
 */
export function escapeJavaScript(value: string): string {
  const text = String(value);
  let out = '';
  for (let i = 0; i < text.length; i += 1) {
    out += escapeUnit(text.charCodeAt(i));
  }
  return out;
}

const SHORT: Readonly<Record<number, string>> = {
  0x08: '\\b',
  0x09: '\\t',
  0x0a: '\\n',
  0x0c: '\\f',
  0x0d: '\\r',
  0x22: '\\"',
  0x27: "\\'",
  0x2f: '\\/',
  0x5c: '\\\\',
};

function escapeUnit(code: number): string {
  const short = SHORT[code];
  if (short !== undefined) return short;
  if (code < 0x20 || code > 0x7f) return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
  return String.fromCharCode(code);
}
