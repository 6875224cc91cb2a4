import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processLinks } from './processLinks.js';

const FIXTURE = path.join(import.meta.dirname, 'fixtures', 'watchUntilGone.ts');

describe.skipIf(process.platform === 'win32')('watchLaunchers', () => {
  it('calls back, naming it, when the shell that launched the process is killed outright', async () => {
    // As npm runs a script: a shell that runs node and waits for it (`; :` keeps it from exec'ing node).
    const shell = spawn('sh', ['-c', `"${process.execPath}" --import tsx "${FIXTURE}"; :`], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let output = '';
    shell.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    // The node process writes to the same pipe, so the pipe ends once node has exited.
    const ended = new Promise<void>((resolve) => shell.stdout.on('end', resolve));
    const printed = (text: string) =>
      new Promise<void>((resolve, reject) => {
        const check = (): void => {
          if (!output.includes(text)) return;
          shell.stdout.off('data', check);
          resolve();
        };
        shell.stdout.on('data', check);
        void ended.then(() => reject(new Error(`Ended without printing ${text}: ${output}`)));
        check();
      });
    await printed('\n');
    const watcher = Number(/^watching (\d+)\n/.exec(output)?.[1]);
    try {
      shell.kill('SIGKILL');
      await printed(`gone ${shell.pid}\n`);
      await ended;
      expect(output).toBe(`watching ${watcher}\ngone ${shell.pid}\n`);
    } finally {
      if (processLinks([watcher]).has(watcher)) process.kill(watcher);
    }
  });
});
