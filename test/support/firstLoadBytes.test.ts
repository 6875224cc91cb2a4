import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterEach, describe, expect, it } from 'vitest';
import { firstLoadBytes } from './firstLoadBytes.js';

describe('firstLoadBytes', () => {
  let dir: string;
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  const app = (html: string, files: Record<string, string>): string => {
    dir = mkdtempSync(path.join(tmpdir(), 'first-load-'));
    mkdirSync(path.join(dir, 'assets'));
    writeFileSync(path.join(dir, 'index.html'), html);
    for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, 'assets', name), text);
    return dir;
  };
  const gzipped = (text: string): number => gzipSync(text, { level: 9 }).length;

  it('adds the gzipped entry and module preloads, and nothing else index.html names', () => {
    const entry = 'console.log("entry");'.repeat(50);
    const preload = 'export const x = 1;'.repeat(30);
    const appDir = app(
      '<script type="module" src="/assets/index-a1.js"></script>' +
        '<link rel="modulepreload" href="/assets/vendor-b2.js">' +
        '<link rel="stylesheet" href="/assets/index-c3.css">',
      { 'index-a1.js': entry, 'vendor-b2.js': preload, 'index-c3.css': 'body{}', 'lazy-d4.js': 'later' },
    );
    expect(firstLoadBytes(appDir)).toBe(gzipped(entry) + gzipped(preload));
  });

  it('refuses an index.html without scripts', () => {
    expect(() => firstLoadBytes(app('<p>no app</p>', {}))).toThrow(/loads no \/assets\/\*\.js script/);
  });
});
