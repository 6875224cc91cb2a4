/** Where a `mysql://` URL points, and how to name it in a message without its password. */
export interface DatabaseUrl {
  readonly host: string;
  readonly port: number;
  readonly user: string;
  readonly password: string;
  /** The database in the URL's path, if any. */
  readonly database: string | undefined;
  /** The URL with the password left out, for messages and logs. */
  readonly redacted: string;
}

/**
 * Reads `mysql://user:pass@host:port/db` (also `mariadb://`); user and password are URL-decoded, the port
 * defaults to 3306, and the path (the database) is optional. Throws an Error, never showing the password,
 * for anything else.
 *
 * @example
 * parseDatabaseUrl('mysql://root:s3cret@127.0.0.1:3306/shopsync').redacted
 * // => 'mysql://root@127.0.0.1:3306/shopsync'
 */
export function parseDatabaseUrl(text: string): DatabaseUrl {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new Error('DATABASE_URL is not a URL: expected mysql://user:password@host:port/database');
  }
  // Checked before anything of the URL is echoed: without `//host`, the password would be in the path.
  if (url.protocol !== 'mysql:' && url.protocol !== 'mariadb:') {
    throw new Error(`DATABASE_URL must be a mysql:// URL, not ${url.protocol}`);
  }
  if (url.hostname === '') {
    throw new Error('DATABASE_URL names no host: expected mysql://user:password@host:port/database');
  }
  const user = decodeURIComponent(url.username);
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || undefined;
  const port = url.port === '' ? 3306 : Number(url.port);
  const redacted = `${url.protocol}//${user === '' ? '' : `${encodeURIComponent(user)}@`}${url.host}${url.pathname === '/' ? '' : url.pathname}`;
  return {
    host: url.hostname.replace(/^\[(.*)\]$/, '$1'),
    port,
    user,
    password: decodeURIComponent(url.password),
    database,
    redacted,
  };
}
