import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { describe, expect, it } from 'vitest';
import { processLinks } from './processLinks.js';

describe.skipIf(process.platform === 'win32')('processLinks', () => {
  it('answers the parent and group of running processes, and nothing for one that has ended', async () => {
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 60_000)'], { stdio: 'ignore' });
    await once(child, 'spawn');
    const pid = child.pid!;
    const own = processLinks([process.pid, pid]);
    expect(own.get(process.pid)).toMatchObject({ pid: process.pid, ppid: process.ppid });
    // Not detached: the child is in this process's group.
    expect(own.get(pid)).toEqual({ pid, ppid: process.pid, pgid: own.get(process.pid)!.pgid });
    child.kill();
    await once(child, 'exit');
    expect(processLinks([pid]).has(pid)).toBe(false);
  });
});
