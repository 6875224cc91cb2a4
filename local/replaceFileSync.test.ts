import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { replaceFileSync } from './replaceFileSync.js';

const root = mkdtempSync(path.join(tmpdir(), 'shopsync-replace-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('replaceFileSync', () => {
  it('creates the file, then replaces it whole, leaving nothing else beside it', () => {
    const dir = path.join(root, 'plain');
    mkdirSync(dir);
    const file = path.join(dir, 'state.json');
    replaceFileSync(file, '{"a":1}');
    replaceFileSync(file, '{"b":2}');
    expect(readFileSync(file, 'utf8')).toBe('{"b":2}');
    expect(readdirSync(dir)).toEqual(['state.json']);
  });

  it('keeps the previous content, and removes its temporary file, when the rename is refused', () => {
    const dir = path.join(root, 'refused');
    mkdirSync(path.join(dir, 'state.json'), { recursive: true });
    writeFileSync(path.join(dir, 'state.json', 'inside'), 'kept');
    // A folder in the file's place: the temporary file is written, the rename over it fails.
    expect(() => replaceFileSync(path.join(dir, 'state.json'), 'new')).toThrow(/EISDIR|ENOTEMPTY|EEXIST/);
    expect(readFileSync(path.join(dir, 'state.json', 'inside'), 'utf8')).toBe('kept');
    expect(readdirSync(dir)).toEqual(['state.json']);
  });
});
