import { utf8Decode } from './utf8Decode.js';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/**
 * `util.base64Decode`: the UTF-8 string of standard base64. Padding is optional, as in Java's
 * `Base64.getDecoder()`; a character outside the alphabet throws, as there.
 */
export function base64Decode(value: string): string {
  const text = String(value).replace(/=+$/, '');
  if (text.length % 4 === 1) throw new Error('Illegal base64 input: the last unit has a single character');
  const bytes: number[] = [];
  let buffer = 0;
  let bits = 0;
  for (let i = 0; i < text.length; i += 1) {
    const index = ALPHABET.indexOf(text[i]!);
    if (index < 0) {
      throw new Error(`Illegal base64 character ${text.charCodeAt(i).toString(16)}`);
    }
    buffer = (buffer << 6) | index;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      bytes.push((buffer >> bits) & 0xff);
    }
  }
  return utf8Decode(bytes);
}
