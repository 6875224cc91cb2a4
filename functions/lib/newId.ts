// Crockford's base32, as the ULID specification uses it.
const ALPHABET = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';

/**
 * A ULID (26 characters: 48 bits of milliseconds, then 80 random bits, in Crockford base32): ids sort by
 * creation time, which keeps B-tree inserts at the end of the primary key. `random` must hold at least 10
 * bytes; the first 10 are used.
 *
 * @example
 * newId(Date.UTC(2026, 0, 1), randomBytes(10)) // => '01KDVZ...' (26 characters)
 */
export function newId(timeMs: number, random: Uint8Array): string {
  if (!Number.isSafeInteger(timeMs) || timeMs < 0 || timeMs >= 2 ** 48) {
    throw new Error(`A ULID time must be 0 to 2^48 - 1 ms, got ${timeMs}`);
  }
  if (random.length < 10) throw new Error('A ULID needs 10 random bytes');
  let time = '';
  let rest = timeMs;
  for (let i = 0; i < 10; i++) {
    time = ALPHABET[rest % 32]! + time;
    rest = Math.floor(rest / 32);
  }
  let bits = 0n;
  for (let i = 0; i < 10; i++) bits = (bits << 8n) | BigInt(random[i]!);
  let tail = '';
  for (let i = 0; i < 16; i++) {
    tail = ALPHABET[Number(bits & 31n)]! + tail;
    bits >>= 5n;
  }
  return time + tail;
}
