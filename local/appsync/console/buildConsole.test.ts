import { execFile } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { close, listen } from '../../listen.js';
import { readPageSettings } from './app/pageSettings.js';
import type { PageSettings } from './app/pageSettings.js';
import { buildConsole } from './buildConsole.js';
import { consoleHandler } from './consoleHandler.js';

const root = mkdtempSync(path.join(tmpdir(), 'shopsync-console-build-'));
const outDir = path.join(root, 'console');
let buildMs = 0;
let html = '';
let settings: PageSettings;
let server: Server;
let base: string;

const files = (): string[] => readdirSync(outDir).sort();
const read = (name: string): string => readFileSync(path.join(outDir, name), 'utf8');
/** `/console/x.js` → `x.js`, asserting the URL points into the console. */
const fileOf = (url: string): string => {
  expect(url).toMatch(/^\/console\/[^/]+$/);
  return url.slice('/console/'.length);
};
const kib = (bytes: number): string => `${(bytes / 1024).toFixed(0)} KiB`;

beforeAll(async () => {
  const started = performance.now();
  await buildConsole(outDir);
  buildMs = performance.now() - started;
  html = read('index.html');
  settings = readPageSettings({
    getElementById: () => ({
      textContent: /<script type="application\/json"[^>]*>(.*?)<\/script>/s.exec(html)![1]!,
    }),
  });
  server = createServer((request, response) => {
    if (consoleHandler({ outDir, configUrl: '/config.json' })(request, response)) return;
    response.writeHead(404).end();
  });
  base = await listen(server, 0, 'console build test');
});

afterAll(async () => {
  await close(server);
  rmSync(root, { recursive: true, force: true });
});

describe('buildConsole', () => {
  it('writes index.html, the entry script, its stylesheet and the three Monaco workers, every asset hashed', () => {
    const script = /<script type="module" src="([^"]+)"><\/script>/.exec(html)?.[1];
    const stylesheet = /<link rel="stylesheet" href="([^"]+)">/.exec(html)?.[1];
    expect(fileOf(script!)).toMatch(/^console-[A-Z0-9]{8}\.js$/);
    expect(fileOf(stylesheet!)).toMatch(/^console-[A-Z0-9]{8}\.css$/);
    expect(settings.configUrl).toBe('/config.json');
    expect(fileOf(settings.workers.editor)).toMatch(/^editor\.worker-[A-Z0-9]{8}\.js$/);
    expect(fileOf(settings.workers.json)).toMatch(/^json\.worker-[A-Z0-9]{8}\.js$/);
    expect(fileOf(settings.workers.graphql)).toMatch(/^graphql\.worker-[A-Z0-9]{8}\.js$/);
    for (const url of [script!, stylesheet!, ...Object.values(settings.workers)])
      expect(existsSync(path.join(outDir, fileOf(url))), url).toBe(true);
    for (const name of files()) {
      expect(statSync(path.join(outDir, name)).isFile()).toBe(true);
      if (name !== 'index.html') expect(name).toMatch(/-[A-Z0-9]{8}\.(js|css)$/);
    }
  });

  it('bundles the workers as classic scripts, since Monaco starts them with new Worker(url)', () => {
    for (const url of Object.values(settings.workers)) {
      const source = read(fileOf(url));
      expect(source).toMatch(/^(?:"use strict";)?\(\(\)=>\{/);
      // Monaco's own `import(url)` of foreign modules is allowed in a classic worker; static ones are not.
      expect(source).not.toMatch(/^import[\s{]|\bexport\s*\{/m);
    }
  });

  it('links every chunk it imports, and loads nothing from outside the twin', () => {
    const imported = new Set<string>();
    for (const name of files()) {
      const source = read(name);
      for (const [, chunk] of source.matchAll(/(?:from|import\(?)\s*"\.\/(chunk-[A-Z0-9]+\.js)"/g)) {
        imported.add(chunk!);
        expect(existsSync(path.join(outDir, chunk!)), `${name} imports ${chunk}`).toBe(true);
      }
      // Imports, workers, stylesheets and fonts with a host would reach the network.
      expect(source, name).not.toMatch(/(?:from|import\(|importScripts\()\s*["'`]https?:/);
      expect(source, name).not.toMatch(/esm\.sh|unpkg\.com|cdn\.jsdelivr|cdnjs|fonts\.googleapis/);
      if (name.endsWith('.css'))
        for (const [, target] of source.matchAll(/url\(\s*["']?([^"')]+)/g))
          expect(target, `${name} url(${target!.slice(0, 40)})`).toMatch(/^(data:|\.\/|#)/);
    }
    expect(html).not.toMatch(/(?:src|href)="https?:/);
    expect(imported.size).toBeGreaterThan(0);
  });

  it('serves the page and every built file through consoleHandler with its content type', async () => {
    const page = await fetch(`${base}/console`);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await page.text()).toBe(html);
    for (const name of files().filter((file) => file !== 'index.html')) {
      const response = await fetch(`${base}/console/${name}`);
      expect(response.status, name).toBe(200);
      expect(response.headers.get('content-type'), name).toBe(
        name.endsWith('.css') ? 'text/css; charset=utf-8' : 'text/javascript; charset=utf-8',
      );
      expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(Buffer.from(await response.arrayBuffer()).equals(readFileSync(path.join(outDir, name)))).toBe(
        true,
      );
    }
  });

  it('reports its time and sizes', () => {
    const size = (name: string): number => statSync(path.join(outDir, name)).size;
    const gzip = (name: string): number => gzipSync(readFileSync(path.join(outDir, name))).length;
    const total = files().reduce((sum, name) => sum + size(name), 0);
    const entry = fileOf(/<script type="module" src="([^"]+)">/.exec(html)![1]!);
    const stylesheet = fileOf(/<link rel="stylesheet" href="([^"]+)">/.exec(html)![1]!);
    const workers = Object.values(settings.workers).map(fileOf);
    const chunks = files().filter((name) => name.startsWith('chunk-'));
    console.info(
      [
        `console built in ${(buildMs / 1000).toFixed(1)} s: ${files().length} files, ${kib(total)}`,
        `entry ${kib(size(entry))} (gzip ${kib(gzip(entry))}), css ${kib(size(stylesheet))} (gzip ${kib(gzip(stylesheet))})`,
        `${chunks.length} lazy chunks ${kib(chunks.reduce((sum, name) => sum + size(name), 0))}, largest ${kib(Math.max(...chunks.map(size)))}`,
        `workers ${workers.map((name) => `${name.split('-')[0]} ${kib(size(name))}`).join(', ')}`,
      ].join('\n'),
    );
    // A budget that catches a bundle pulling in something it should not (the whole of Monaco's languages).
    expect(total).toBeLessThan(12 * 1024 * 1024);
  });
});

describe('buildConsole into a folder of other files', () => {
  it('refuses, and deletes nothing', async () => {
    const folder = path.join(root, 'other');
    mkdirSync(folder);
    writeFileSync(path.join(folder, 'keep.txt'), 'mine');
    await expect(buildConsole(folder)).rejects.toThrow(`${folder} holds files that are not a console build`);
    expect(readFileSync(path.join(folder, 'keep.txt'), 'utf8')).toBe('mine');
  });
});

describe('the console app', () => {
  it('type-checks (its .tsx files are outside the root tsconfig)', async () => {
    const tsc = path.resolve('node_modules/typescript/bin/tsc');
    const project = new URL('./app/tsconfig.json', import.meta.url).pathname;
    const run = await promisify(execFile)(process.execPath, [tsc, '-p', project]).catch(
      (error: { stdout: string }) => error,
    );
    expect(run.stdout).toBe('');
  });
});
