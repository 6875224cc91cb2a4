/**
 * `count` random bytes from `Math.random()`: the sandbox has no `crypto`, and AppSync's ids are
 * identifiers, not secrets.
 */
export function randomBytes(count: number): number[] {
  const bytes: number[] = [];
  for (let i = 0; i < count; i += 1) bytes.push(Math.floor(Math.random() * 256));
  return bytes;
}
