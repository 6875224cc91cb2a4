/**
 * `util.urlDecode`: the inverse of `application/x-www-form-urlencoded`, as Java's
 * `URLDecoder.decode(s, UTF_8)`: `+` is a space and `%XX` a UTF-8 byte. Throws on a malformed escape.
 */
export function urlDecode(value: string): string {
  return decodeURIComponent(String(value).replace(/\+/g, ' '));
}
