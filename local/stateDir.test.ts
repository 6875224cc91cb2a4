import { chmodSync, existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { prepareStateDir, resetStateDir, STATE_MARKER } from './stateDir.js';

const root = mkdtempSync(path.join(tmpdir(), 'shopsync-state-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('state folders', () => {
  it('creates and marks a new folder, and reset deletes it', () => {
    const dir = path.join(root, 'a', '.shopsync');
    prepareStateDir(dir);
    expect(existsSync(path.join(dir, STATE_MARKER))).toBe(true);
    prepareStateDir(dir); // again: already a state folder
    expect(resetStateDir(dir)).toBe(true);
    expect(existsSync(dir)).toBe(false);
    expect(resetStateDir(dir)).toBe(false);
  });

  it('refuses a non-empty folder that is not a state folder, and never resets one', () => {
    const dir = path.join(root, 'precious');
    mkdirSync(dir);
    writeFileSync(path.join(dir, 'thesis.txt'), 'do not delete');
    expect(() => prepareStateDir(dir)).toThrow(/is not empty and is not a ShopSync state folder/);
    expect(() => resetStateDir(dir)).toThrow(/not a ShopSync state folder/);
    expect(existsSync(path.join(dir, 'thesis.txt'))).toBe(true);
  });

  it.skipIf(process.getuid?.() === 0)('explains an unwritable folder', () => {
    const dir = path.join(root, 'locked');
    mkdirSync(dir);
    chmodSync(dir, 0o500);
    expect(() => prepareStateDir(path.join(dir, 'state'))).toThrow(/is not writable/);
  });

  it('explains a state path that is a file', () => {
    const file = path.join(root, 'file');
    writeFileSync(file, '');
    expect(() => prepareStateDir(file)).toThrow(/is not writable/);
  });
});
