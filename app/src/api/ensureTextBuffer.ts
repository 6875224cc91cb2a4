/** The part of Node's `Buffer` that aws-appsync-subscription-link calls: UTF-8 text to base64. */
interface TextBuffer {
  toString(encoding: 'base64'): string;
}

/**
 * The base64 of `text`'s UTF-8 bytes, as Node's `Buffer.from(text).toString('base64')` writes it.
 *
 * @example
 * base64OfText('{"host":"shop"}') // => 'eyJob3N0Ijoic2hvcCJ9'
 */
export function base64OfText(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

/**
 * aws-appsync-subscription-link 4.0.3 encodes its WebSocket handshake header with Node's
 * `Buffer.from(text).toString('base64')`, and browsers have no `Buffer`. Gives the page one that does
 * exactly that and refuses anything else (another encoding, bytes), so a library that finds it and asks
 * more fails loudly instead of reading wrong data. A real `Buffer` (Node, tests) is left alone.
 */
export function ensureTextBuffer(scope: { Buffer?: unknown } = globalThis): void {
  if (scope.Buffer !== undefined) return;
  scope.Buffer = {
    from(value: unknown, encoding?: unknown): TextBuffer {
      if (typeof value !== 'string' || (encoding !== undefined && encoding !== 'utf8'))
        throw new TypeError('This page’s Buffer only encodes UTF-8 text (for the real-time link)');
      return {
        toString(to: unknown): string {
          if (to !== 'base64') throw new TypeError('This page’s Buffer only writes base64');
          return base64OfText(value);
        },
      };
    },
    isBuffer: (): boolean => false,
  };
}
