import { randomBytes } from './randomBytes.js';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** The KSUID epoch, 2014-05-13T16:53:20Z, in Unix seconds (github.com/segmentio/ksuid). */
const KSUID_EPOCH = 1_400_000_000;

/**
 * `util.autoKsuid()`: a KSUID, "base62 encoded as a String with a length of 27" (built-in-util-js
 * docs): 4 bytes of seconds since the KSUID epoch then 16 random bytes, as one big-endian number in
 * base62, left-padded with `0`.
 */
export function autoKsuid(now: number = Date.now()): string {
  const seconds = Math.floor(now / 1000) - KSUID_EPOCH;
  let digits = [(seconds >>> 24) & 0xff, (seconds >>> 16) & 0xff, (seconds >>> 8) & 0xff, seconds & 0xff];
  digits = digits.concat(randomBytes(16));
  let out = '';
  // Repeated division of the base-256 digits by 62.
  while (digits.some((d) => d !== 0)) {
    const quotient: number[] = [];
    let remainder = 0;
    for (const d of digits) {
      const acc = remainder * 256 + d;
      const q = Math.floor(acc / 62);
      remainder = acc - q * 62;
      if (quotient.length > 0 || q !== 0) quotient.push(q);
    }
    out = BASE62[remainder]! + out;
    digits = quotient;
  }
  return out.padStart(27, '0');
}
