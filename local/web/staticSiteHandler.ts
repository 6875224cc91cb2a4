import { readFile, stat } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.map': 'application/json',
};

/**
 * Serves a built single-page app from `dir` for GET and HEAD: a file when the path names one inside the
 * folder (hashed assets cached for a year), otherwise `index.html`, so the app's own router handles
 * the path. Paths that escape the folder, and paths that are not well-formed percent-encoding
 * (`/%`, `/%E0%A4%A`), are answered 400. Returns false for other methods.
 */
export function staticSiteHandler(dir: string) {
  const root = path.resolve(dir);
  return async (request: IncomingMessage, response: ServerResponse): Promise<boolean> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return false;
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    const decoded = decodedPath(pathname);
    const file = decoded === undefined ? undefined : path.resolve(root, `.${decoded}`);
    if (file === undefined || (!file.startsWith(root + path.sep) && file !== root)) {
      response.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' });
      response.end(`Bad request: ${pathname} is not a path of this site`);
      return true;
    }
    const found = await stat(file).then(
      (info) => info.isFile(),
      () => false,
    );
    const served = found ? file : path.join(root, 'index.html');
    let body: Buffer;
    try {
      body = await readFile(served);
    } catch {
      return false;
    }
    const immutable = found && /[-.][A-Za-z0-9_-]{8,}\.\w+$/.test(served);
    response.writeHead(200, {
      'content-type': TYPES[path.extname(served)] ?? 'application/octet-stream',
      'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
    });
    response.end(request.method === 'HEAD' ? undefined : body);
    return true;
  };
}

/** The path with its percent-encoding decoded; undefined when it is not well-formed (a `%` alone, bad UTF-8). */
function decodedPath(pathname: string): string | undefined {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
}
