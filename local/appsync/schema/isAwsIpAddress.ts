import { isIPv4, isIPv6 } from 'node:net';

// An address, then an optional CIDR prefix length without leading zeros.
const SHAPE = /^(?<address>[^/]+)(?:\/(?<prefix>0|[1-9]\d{0,2}))?$/;

/**
 * Whether `value` is an IPv4 address in quad-dotted notation or an IPv6 address in non-bracketed,
 * colon-separated form, optionally followed by a CIDR suffix (`/0`–`/32`, `/0`–`/128`): `123.12.34.56`,
 * `1a2b:3c4b::1234:4567`, `123.45.67.89/16`. IPv6 zone identifiers (`%eth0`) are not addresses here.
 */
export function isAwsIpAddress(value: string): boolean {
  const groups = SHAPE.exec(value)?.groups;
  const address = groups?.address;
  if (address === undefined) return false;
  const prefix = groups?.prefix === undefined ? 0 : Number(groups.prefix);
  if (isIPv4(address)) return prefix <= 32;
  return !address.includes('%') && isIPv6(address) && prefix <= 128;
}
