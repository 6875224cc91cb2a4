import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';

/** A server running in a child process of this one. */
export interface SpawnedServer {
  readonly pid: number;
  /** The match of the ready line. */
  readonly ready: RegExpExecArray;
  /** Its last output lines (stdout and stderr), for a message when something fails. */
  readonly tail: () => string;
  /** Sends SIGTERM and waits for the exit; SIGKILL after `graceMs`. Idempotent. */
  readonly stop: (graceMs?: number) => Promise<void>;
}

const TAIL_LINES = 40;

/**
 * Starts `node <args>` in `cwd` with an IPC channel, and resolves once a line of its stdout matches
 * `ready`. Rejects, with its last output lines, when it exits first or `timeoutMs` passes (killing it).
 * Its output is read all along (a full pipe would stall it) and kept only as a short tail.
 */
export function spawnServer(
  args: readonly string[],
  options: {
    readonly cwd: string;
    readonly env: NodeJS.ProcessEnv;
    readonly ready: RegExp;
    readonly timeoutMs: number;
    readonly label: string;
  },
): Promise<SpawnedServer> {
  const child = spawn(process.execPath, [...args], {
    cwd: options.cwd,
    env: options.env,
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  });
  const lines: string[] = [];
  const keep = (line: string): void => {
    lines.push(line);
    if (lines.length > TAIL_LINES) lines.shift();
  };
  const tail = (): string => lines.join('\n');
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let stopping: Promise<void> | undefined;
  const stop = (graceMs = 20_000): Promise<void> =>
    (stopping ??= (async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await exited;
      clearTimeout(timer);
    })());

  return new Promise<SpawnedServer>((resolve, reject) => {
    let failed = false;
    const fail = (why: string): void => {
      if (failed) return;
      failed = true;
      clearTimeout(timer);
      void stop(2000).then(() => reject(new Error(`${options.label} ${why}. Its last output:\n${tail()}`)));
    };
    const timer = setTimeout(
      () => fail(`was not ready within ${options.timeoutMs / 1000} s`),
      options.timeoutMs,
    );
    createInterface({ input: child.stderr! }).on('line', keep);
    let started = false;
    createInterface({ input: child.stdout! }).on('line', (line) => {
      keep(line);
      const match = started ? null : options.ready.exec(line);
      if (match === null) return;
      started = true;
      clearTimeout(timer);
      resolve({ pid: child.pid!, ready: match, tail, stop });
    });
    child.once('exit', (code, signal) => {
      if (!started) fail(`exited (${signal ?? `code ${code}`}) before it was ready`);
    });
    child.once('error', (error) => fail(`could not start: ${error.message}`));
  });
}
