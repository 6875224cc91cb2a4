import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * The gzipped size (level 9) of the JavaScript a built app's `index.html` loads at once: its entry
 * script and module preloads (`/assets/*.js` in a `src` or `href`), each gzipped on its own as a server
 * would send it. Throws when `index.html` names no script: that is no built app.
 *
 * @example
 * firstLoadBytes('app/dist') // => 144_000 (about)
 */
export function firstLoadBytes(appDir: string): number {
  const html = readFileSync(path.join(appDir, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.js)"/g)].map((match) => match[1]!);
  if (scripts.length === 0) throw new Error(`${appDir}/index.html loads no /assets/*.js script`);
  return scripts.reduce(
    (total, script) => total + gzipSync(readFileSync(path.join(appDir, script)), { level: 9 }).length,
    0,
  );
}
