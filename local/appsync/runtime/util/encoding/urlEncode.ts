/**
 * `util.urlEncode`: `application/x-www-form-urlencoded`, as Java's `URLEncoder.encode(s, UTF_8)`
 * writes it: letters, digits and `.-*_` stay, a space becomes `+`, every other UTF-8 byte `%XX`.
 */
export function urlEncode(value: string): string {
  // encodeURIComponent also leaves !'()~ alone and writes a space as %20; URLEncoder does neither.
  return encodeURIComponent(String(value))
    .replace(/[!'()~]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/%20/g, '+');
}
