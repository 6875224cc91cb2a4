import { createHmac, timingSafeEqual } from 'node:crypto';

// The version of the token format; a token of another version is refused like a forged one.
const FORMAT = 'p1';

/** Where a page ends: the last item's sort value and id (the keyset pagination's position). */
export interface PagePosition {
  readonly value: string | number;
  readonly id: string;
}

/**
 * An opaque `nextToken`: `base64url(JSON position) "." base64url(HMAC-SHA256(key, format, scope, body))`.
 * `scope` names the query the token belongs to (the list and its normalised filter and sort): it is
 * covered by the MAC, not carried in the token, so a token passed back for another query fails. The
 * position is readable by whoever decodes it, which is harmless: it repeats the last item of a page the
 * caller was given. What the MAC prevents is a token the shop did not issue, for this query, with this key.
 */
export function writePageToken(position: PagePosition, scope: string, key: Uint8Array): string {
  const body = Buffer.from(JSON.stringify([position.value, position.id])).toString('base64url');
  return `${body}.${mac(key, scope, body).toString('base64url')}`;
}

/**
 * The position a `writePageToken` token holds, if it was issued with `key` for this `scope` and its value
 * has the type the sort needs; null for anything else (edited, truncated, made up, issued by another
 * deployment or for another query), which the caller answers as a `ValidationError` on `nextToken`.
 */
export function readPageToken(
  token: string,
  scope: string,
  key: Uint8Array,
  valueType: 'string' | 'number',
): PagePosition | null {
  const [body, signature, extra] = token.split('.');
  if (body === undefined || signature === undefined || extra !== undefined) return null;
  const expected = mac(key, scope, body);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(body, 'base64url').toString('utf8'));
  } catch {
    return null;
  }
  if (!Array.isArray(decoded) || decoded.length !== 2) return null;
  const [value, id] = decoded as unknown[];
  if (typeof value !== valueType || typeof id !== 'string') return null;
  return { value: value as string | number, id };
}

function mac(key: Uint8Array, scope: string, body: string): Buffer {
  return createHmac('sha256', key).update(`${FORMAT}\n${scope}\n${body}`).digest();
}
