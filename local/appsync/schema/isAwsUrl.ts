// RFC 1738 §2.1: scheme names are letters, digits, "+", "." and "-".
const SCHEME = /^[A-Za-z][A-Za-z0-9+.-]*:/;
// RFC 1738 §2.2: whitespace and control characters are never part of a URL.
const UNSAFE = /[\s\p{Cc}]/u;

/** The part of what follows `scheme:` that AppSync's double-slash rule applies to. */
function pathOf(rest: string): string | undefined {
  const beforeQuery = rest.split(/[?#]/, 1)[0] ?? '';
  if (!beforeQuery.startsWith('//')) return beforeQuery;
  const hierarchy = beforeQuery.slice(2);
  const slash = hierarchy.indexOf('/');
  const authority = slash === -1 ? hierarchy : hierarchy.slice(0, slash);
  const path = slash === -1 ? '' : hierarchy.slice(slash);
  return authority === '' && path === '' ? undefined : path;
}

/**
 * Whether `value` is a URL as AppSync's AWSURL takes it: a scheme is required (any scheme, `https://…`,
 * `mailto:…`, `http://localhost/`), the path must not contain `//`, and the whole must parse as a URL.
 */
export function isAwsUrl(value: string): boolean {
  if (UNSAFE.test(value)) return false;
  const scheme = SCHEME.exec(value)?.[0];
  if (scheme === undefined || scheme.length === value.length) return false;
  const path = pathOf(value.slice(scheme.length));
  return path !== undefined && !path.includes('//') && URL.canParse(value);
}
