import type { AuthRequest } from './AuthRequest.js';
import { headerValue } from './headerValue.js';

/**
 * `ctx.identity.sourceIp`: the addresses of `x-forwarded-for`, if sent, followed by the TCP peer's.
 * AppSync documents the same order (resolver context reference, `sourceIp`).
 */
export function sourceIps(request: Pick<AuthRequest, 'headers' | 'remoteAddress'>): readonly string[] {
  const forwarded = (headerValue(request.headers, 'x-forwarded-for') ?? '')
    .split(',')
    .map((address) => address.trim())
    .filter((address) => address.length > 0);
  return request.remoteAddress ? [...forwarded, request.remoteAddress] : forwarded;
}
