import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { close, listen } from '../../listen.js';
import { pageSettingsScript, readPageSettings } from './app/pageSettings.js';
import type { PageSettings } from './app/pageSettings.js';
import { consoleHandler } from './consoleHandler.js';

// A build's layout, written by hand so that every branch is checked in milliseconds; buildConsole.test.ts
// serves a real build.
const root = mkdtempSync(path.join(tmpdir(), 'shopsync-console-handler-'));
const outDir = path.join(root, 'console');
const settings: PageSettings = {
  configUrl: '/config.json',
  workers: {
    editor: '/console/editor.worker-AAAA.js',
    json: '/console/json.worker-BBBB.js',
    graphql: '/console/graphql.worker-CCCC.js',
  },
};
const FILES = {
  'index.html': `<!doctype html><html><head>${pageSettingsScript(settings)}</head><body></body></html>`,
  'console-AAAA.js': 'console.log("app")',
  'console-AAAA.css': 'body{margin:0}',
  'codicon-AAAA.ttf': 'font',
  'editor.worker-AAAA.js': 'self.onmessage=()=>{}',
  '.secret.js': 'hidden',
  'notes.txt': 'not an asset',
};

let server: Server;
let base: string;
let unhandled: string[];

beforeAll(async () => {
  mkdirSync(path.join(outDir, 'nested'), { recursive: true });
  for (const [name, content] of Object.entries(FILES)) writeFileSync(path.join(outDir, name), content);
  writeFileSync(path.join(outDir, 'nested', 'x.js'), 'nested');
  writeFileSync(path.join(root, 'outside.js'), 'outside');
  const handlers = {
    '/': consoleHandler({ outDir, configUrl: 'http://127.0.0.1:4000/config.json?</script>' }),
    '/unbuilt': consoleHandler({ outDir: path.join(root, 'missing'), configUrl: '/config.json' }),
  };
  unhandled = [];
  server = createServer((request, response) => {
    const unbuilt = request.headers['x-unbuilt'] === '1';
    if (handlers[unbuilt ? '/unbuilt' : '/'](request, response)) return;
    unhandled.push(request.url ?? '');
    response.writeHead(404, { 'content-type': 'application/json' });
    response.end('{"message":"front"}');
  });
  base = await listen(server, 0, 'console test');
});

afterAll(async () => {
  await close(server);
  rmSync(root, { recursive: true, force: true });
});

describe('consoleHandler', () => {
  it('serves index.html at /console and /console/, uncached, set to read the configured config URL', async () => {
    for (const page of ['/console', '/console/', '/console/index.html']) {
      const response = await fetch(`${base}${page}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      const html = await response.text();
      // The URL cannot close the settings element early.
      expect(html).not.toContain('?</script>');
      const read = readPageSettings({
        getElementById: () => ({ textContent: /<script[^>]*>(.*?)<\/script>/s.exec(html)![1]! }),
      });
      expect(read).toEqual({ ...settings, configUrl: 'http://127.0.0.1:4000/config.json?</script>' });
    }
  });

  it('serves hashed assets with their content type, cached for good', async () => {
    const expected = {
      'console-AAAA.js': 'text/javascript; charset=utf-8',
      'console-AAAA.css': 'text/css; charset=utf-8',
      'codicon-AAAA.ttf': 'font/ttf',
      'editor.worker-AAAA.js': 'text/javascript; charset=utf-8',
    } as const;
    for (const [name, contentType] of Object.entries(expected)) {
      const response = await fetch(`${base}/console/${name}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe(contentType);
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(await response.text()).toBe(FILES[name as keyof typeof FILES]);
    }
  });

  it('answers HEAD without a body, and 304 to a matching If-None-Match', async () => {
    const head = await fetch(`${base}/console/console-AAAA.js`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-length')).toBe(String(FILES['console-AAAA.js'].length));
    expect(await head.text()).toBe('');
    const etag = head.headers.get('etag')!;
    const again = await fetch(`${base}/console/console-AAAA.js`, { headers: { 'if-none-match': etag } });
    expect(again.status).toBe(304);
    const changed = await fetch(`${base}/console/console-AAAA.js`, { headers: { 'if-none-match': '"old"' } });
    expect(changed.status).toBe(200);
  });

  it('answers 404 for what is not a built asset: unknown, hidden, nested, outside, or of another type', async () => {
    for (const asset of [
      '/console/missing.js',
      '/console/.secret.js',
      '/console/nested/x.js',
      '/console/nested',
      '/console/%2e%2e%2foutside.js',
      '/console/..%2Foutside.js',
      '/console/notes.txt',
    ]) {
      const response = await fetch(`${base}${asset}`);
      expect(response.status, asset).toBe(404);
      expect(await response.text()).toBe(`Nothing at ${asset}`);
    }
  });

  it('answers 405 to other methods on its paths', async () => {
    const response = await fetch(`${base}/console`, { method: 'POST', body: '{}' });
    expect(response.status).toBe(405);
    expect(response.headers.get('allow')).toBe('GET, HEAD');
  });

  it('returns false for every other path, leaving the answer to the front', async () => {
    unhandled.length = 0;
    for (const other of ['/', '/graphql', '/consoles', '/console.js', '/config.json']) {
      const response = await fetch(`${base}${other}`);
      expect(response.status).toBe(404);
      expect(await response.json()).toEqual({ message: 'front' });
    }
    expect(unhandled).toEqual(['/', '/graphql', '/consoles', '/console.js', '/config.json']);
  });

  it('says so when the console has not been built', async () => {
    const response = await fetch(`${base}/console`, { headers: { 'x-unbuilt': '1' } });
    expect(response.status).toBe(404);
    expect(await response.text()).toBe(
      `The console is not built: no index.html in ${path.join(root, 'missing')}`,
    );
  });
});
