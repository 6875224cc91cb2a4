import { createHash } from 'node:crypto';

/** Digests of code found clean by `findCodeErrors` in another process. */
const checked = new Set<string>();

/** The SHA-256 of resolver code, in hex: how `recordCheckedCode` and `wasCodeChecked` name it. */
export function codeDigest(code: string): string {
  return createHash('sha256').update(code).digest('hex');
}

/**
 * Records code (by `codeDigest`) that `findCodeErrors` found clean in another process, so that this one
 * skips the check. `npm start` checks the bundles in its build process and records them in the twin's:
 * the check needs ESLint (and with its AppSync plugin, TypeScript), which would otherwise stay loaded in
 * the long-running twin for the sake of one pass at load. Only the exact code checked is skipped.
 */
export function recordCheckedCode(digests: Iterable<string>): void {
  for (const digest of digests) checked.add(digest);
}

/** Whether `code` is code `recordCheckedCode` recorded. */
export function wasCodeChecked(code: string): boolean {
  return checked.size > 0 && checked.has(codeDigest(code));
}
