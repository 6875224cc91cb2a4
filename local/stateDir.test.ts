import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  prepareStateDir,
  releaseStateDir,
  resetStateDir,
  STATE_HOLDER,
  STATE_MARKER,
  stateDirHolder,
} from './stateDir.js';

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

  it('records this process as the holder, and gives the folder up on release', () => {
    const dir = path.join(root, 'held');
    prepareStateDir(dir);
    expect(readFileSync(path.join(dir, STATE_HOLDER), 'utf8').trim()).toBe(String(process.pid));
    expect(stateDirHolder(dir)).toBe(process.pid);
    releaseStateDir(dir);
    expect(existsSync(path.join(dir, STATE_HOLDER))).toBe(false);
    expect(stateDirHolder(dir)).toBeUndefined();
  });

  it('refuses to reset or share a folder another live process holds, naming it; an ended one is stale', async () => {
    const dir = path.join(root, 'other');
    prepareStateDir(dir);
    // Another process (a second twin, say) that holds the folder while it runs.
    const other = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60_000)'], { stdio: 'ignore' });
    await once(other, 'spawn');
    writeFileSync(path.join(dir, STATE_HOLDER), String(other.pid));
    try {
      expect(() => resetStateDir(dir)).toThrow(`in use by process ${other.pid}`);
      expect(() => prepareStateDir(dir)).toThrow(`in use by process ${other.pid}`);
      expect(existsSync(path.join(dir, STATE_MARKER))).toBe(true);
    } finally {
      other.kill();
      await once(other, 'exit');
    }
    expect(stateDirHolder(dir)).toBeUndefined();
    expect(resetStateDir(dir)).toBe(true);
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
