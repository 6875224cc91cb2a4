// RFC 822 §6.1 addr-spec, ASCII only, without the comments and folding whitespace the grammar allows
// between tokens (no client sends those in a GraphQL value).
// atom = 1*<any CHAR except specials, SPACE and CTLs>; specials = ()<>@,;:\".[]
const ATOM = "[!#$%&'*+\\-/=?^_`{|}~0-9A-Za-z]+";
// quoted-string = <"> *(qtext / quoted-pair) <">; qtext excludes <">, "\" and CR.
const QUOTED = '"(?:[^"\\\\\\r\\x80-\\uffff]|\\\\[\\x00-\\x7f])*"';
// domain-literal = "[" *(dtext / quoted-pair) "]"
const LITERAL = '\\[(?:[^[\\]\\\\\\r\\x80-\\uffff]|\\\\[\\x00-\\x7f])*\\]';
const WORD = `(?:${ATOM}|${QUOTED})`;
const SUB_DOMAIN = `(?:${ATOM}|${LITERAL})`;
const ADDR_SPEC = new RegExp(`^${WORD}(?:\\.${WORD})*@${SUB_DOMAIN}(?:\\.${SUB_DOMAIN})*$`);

/** Whether `value` is an RFC 822 `local-part@domain` address (`username@example.com`, `a@b`). */
export function isRfc822Address(value: string): boolean {
  return ADDR_SPEC.test(value);
}
