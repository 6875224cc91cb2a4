import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { PAGE_SETTINGS_ID, pageSettingsScript } from './app/pageSettings.js';
import type { PageSettings } from './app/pageSettings.js';
import { CONSOLE_PATH } from './consolePath.js';

export interface ConsoleHandlerOptions {
  /** The folder `buildConsole` wrote. Read at each request, so a rebuild shows without a restart. */
  readonly outDir: string;
  /** Where the page reads the twin's configuration: `/config.json` of the front, or a full URL. */
  readonly configUrl: string;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

/**
 * Serves the built console: `GET /console` (and `/console/`) answers `index.html`, set to read
 * `configUrl`, with `cache-control: no-cache`; `GET /console/<file>` answers a built file with its content
 * type and `cache-control: public, max-age=31536000, immutable` (every such name carries a content hash).
 * HEAD works as GET without a body; an `If-None-Match` that matches the ETag answers 304. Unknown files
 * answer 404 and other methods 405. Returns false, answering nothing, for every path outside `/console`,
 * as the twin's front expects of a mounted handler.
 */
export function consoleHandler(
  options: ConsoleHandlerOptions,
): (request: IncomingMessage, response: ServerResponse) => boolean {
  return (request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://localhost');
    if (pathname !== CONSOLE_PATH && !pathname.startsWith(`${CONSOLE_PATH}/`)) return false;
    void serve(options, pathname, request, response).catch((error: unknown) => {
      if (response.headersSent) response.destroy();
      else text(response, 500, `Cannot serve ${pathname}: ${(error as Error).message}`);
    });
    return true;
  };
}

async function serve(
  options: ConsoleHandlerOptions,
  pathname: string,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.setHeader('allow', 'GET, HEAD');
    text(response, 405, `${request.method ?? ''} is not allowed on ${pathname}`);
    return;
  }
  const name = pathname.slice(CONSOLE_PATH.length + 1);
  const page = name === '' || name === 'index.html';
  // The build output is one flat folder: a name with a separator or a leading dot is nothing of it.
  const contentType = CONTENT_TYPES[path.extname(name)];
  if (!page && (!contentType || /[/\\]/.test(name) || name.startsWith('.'))) {
    text(response, 404, `Nothing at ${pathname}`);
    return;
  }
  const body = await readFile(path.join(options.outDir, page ? 'index.html' : name)).catch(
    (error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT' || error.code === 'EISDIR') return undefined;
      throw error;
    },
  );
  if (!body) {
    text(
      response,
      404,
      page ? `The console is not built: no index.html in ${options.outDir}` : `Nothing at ${pathname}`,
    );
    return;
  }
  const content = page ? Buffer.from(withConfigUrl(body.toString('utf8'), options.configUrl)) : body;
  const etag = `"${createHash('sha1').update(content).digest('base64url')}"`;
  const headers = {
    'content-type': page ? 'text/html; charset=utf-8' : contentType!,
    'cache-control': page ? 'no-cache' : 'public, max-age=31536000, immutable',
    etag,
    'x-content-type-options': 'nosniff',
  };
  if (request.headers['if-none-match'] === etag) {
    response.writeHead(304, headers);
    response.end();
    return;
  }
  response.writeHead(200, { ...headers, 'content-length': content.length });
  response.end(request.method === 'HEAD' ? undefined : content);
}

/** `index.html` with the settings element's `configUrl` replaced; the build wrote the rest of them. */
function withConfigUrl(html: string, configUrl: string): string {
  const pattern = new RegExp(`<script type="application/json" id="${PAGE_SETTINGS_ID}">(.*?)</script>`, 's');
  const match = pattern.exec(html);
  if (!match?.[1]) throw new Error(`index.html has no #${PAGE_SETTINGS_ID} element`);
  const settings = JSON.parse(match[1]) as PageSettings;
  return html.replace(pattern, () => pageSettingsScript({ ...settings, configUrl }));
}

function text(response: ServerResponse, status: number, message: string): void {
  response.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  response.end(message);
}
