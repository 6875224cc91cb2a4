// `npm start` and `npm run reset` as a person runs them: real child processes (npm → sh → node), real
// ports, real signals. What is asserted is what a terminal shows and what the machine is left with.
import { InvokeCommand, LambdaClient } from '@aws-sdk/client-lambda';
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../infra/paths.js';
import { LOCAL_CREDENTIALS } from '../local/localAws.js';
import { STATE_MARKER } from '../local/stateDir.js';

const root = mkdtempSync(path.join(tmpdir(), 'shopsync-start-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Stopping: the parent watch polls each second, then every service closes. */
const SHUTDOWN = { timeout: 30_000, interval: 250 } as const;

/** An npm command run as a child process, with everything it printed so far. */
interface NpmRun {
  readonly child: ChildProcess;
  readonly stdout: () => string;
  readonly stderr: () => string;
  /** Resolves with the exit code (null when a signal ended it) once npm has exited. */
  readonly exited: Promise<number | null>;
  /** Resolves with the first match of `pattern` in stdout as soon as it is printed; rejects if npm exits first. */
  readonly printed: (pattern: RegExp) => Promise<RegExpExecArray>;
}

function npm(args: readonly string[], env: Readonly<Record<string, string>> = {}): NpmRun {
  const child = spawn('npm', args, {
    cwd: ROOT_DIR,
    // Its own process group, as a terminal gives a job: what npm starts is then npm's alone.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, FORCE_COLOR: '0', ...env },
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<number | null>((resolve) => child.on('close', (code) => resolve(code)));
  const printed = (pattern: RegExp) =>
    new Promise<RegExpExecArray>((resolve, reject) => {
      const check = (): void => {
        const match = pattern.exec(stdout);
        if (!match) return;
        child.stdout.off('data', check);
        resolve(match);
      };
      child.stdout.on('data', check);
      check();
      void exited.then((code) =>
        reject(new Error(`npm exited (${code}) before printing ${pattern}:\n${stdout}\n${stderr}`)),
      );
    });
  return { child, stdout: () => stdout, stderr: () => stderr, exited, printed };
}

/** The processes below `pid`, from `ps` (Linux and macOS). */
function descendants(pid: number): number[] {
  const parents = new Map<number, number>();
  for (const line of execFileSync('ps', ['-A', '-o', 'pid=,ppid='], { encoding: 'utf8' }).split('\n')) {
    const [child, parent] = line.trim().split(/\s+/).map(Number);
    if (child && parent) parents.set(child, parent);
  }
  const below = (ancestor: number): number[] =>
    [...parents].filter(([, parent]) => parent === ancestor).flatMap(([child]) => [child, ...below(child)]);
  return below(pid);
}

/** Whether `pid` is a process that runs (a zombie, dead and not yet reaped, does not). */
function running(pid: number): boolean {
  try {
    const state = execFileSync('ps', ['-o', 'stat=', '-p', String(pid)], { encoding: 'utf8' }).trim();
    return state !== '' && !state.startsWith('Z');
  } catch {
    return false; // ps exits 1 for a pid that does not exist
  }
}

/** Whether something still holds the port of `url`: anything but a refused connection counts. */
async function answers(url: string): Promise<boolean> {
  return fetch(url, { signal: AbortSignal.timeout(5_000) }).then(
    () => true,
    (error: Error) => (error.cause as NodeJS.ErrnoException | undefined)?.code !== 'ECONNREFUSED',
  );
}

/** A TCP server on 127.0.0.1 at a free port whose next 7 are free as well, to take the twin's base port. */
async function takeFreeBasePort(): Promise<Server> {
  for (;;) {
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as { port: number };
    if (port <= 65_528) return server;
    await new Promise((resolve) => server.close(resolve));
  }
}

describe.skipIf(process.platform === 'win32')('npm start', () => {
  describe('with a mistake in its arguments', () => {
    it('refuses an option npm took for itself (no --) with a one-line usage and exit code 2', async () => {
      const run = npm(['start', '--port', '4100']);
      expect(await run.exited).toBe(2);
      expect(run.stderr()).toContain('npm start -- --port 4100');
      expect(run.stderr()).toMatch(/^Usage: npm start -- \[--port .*\]$/m);
      expect(run.stderr()).not.toMatch(/^\s+at /m);
    });

    it('refuses an unknown option with a one-line usage and exit code 2', async () => {
      const run = npm(['start', '--', '--prot', '4100']);
      expect(await run.exited).toBe(2);
      expect(run.stderr()).toMatch(/unknown option '--prot'/);
      expect(run.stderr()).toMatch(/^Usage: npm start -- \[--port .*\]$/m);
      expect(run.stderr()).not.toMatch(/^\s+at /m);
    });

    it('says how to choose another base port when the port is taken', async () => {
      const taken = await takeFreeBasePort();
      const { port } = taken.address() as { port: number };
      try {
        const state = path.join(root, 'taken');
        const run = npm(['start', '--', '--port', String(port), '--state', state, '--no-app']);
        expect(await run.exited).toBe(1);
        expect(run.stderr()).toContain(`Port ${port} for twin is already in use`);
        expect(run.stderr()).toMatch(/npm start -- --port \d+/);
        expect(run.stderr()).not.toMatch(/^\s+at /m);
      } finally {
        await new Promise((resolve) => taken.close(resolve));
      }
    });
  });

  describe('running', () => {
    const state = path.join(root, 'running');
    let run: NpmRun;
    let url: string;
    /** What npm started: sh, node (and the TypeScript loader's esbuild service). */
    let started: number[] = [];

    beforeAll(async () => {
      run = npm(['start', '--', '--port', '0', '--state', state, '--no-app']);
      // Printed once the twin is up.
      url = (await run.printed(/health: (http:\/\/[^\s,)]+)\/health/))[1]!;
      expect((await fetch(`${url}/health`)).status).toBe(200);
      started = descendants(run.child.pid!);
    });
    afterAll(async () => {
      // A failed test may leave processes behind: end those this file started, one by one.
      for (const pid of [run.child.pid!, ...started].filter(running)) process.kill(pid, 'SIGTERM');
      await run.exited;
    });

    it('logs a failing Lambda call, but no REPORT line per call', async () => {
      const config = (await (await fetch(`${url}/config.json`)).json()) as {
        apiKey: string;
        services: { lambda: string };
      };
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-api-key': config.apiKey },
        body: JSON.stringify({ query: '{ products(limit: 1) { items { sku } } }' }),
      });
      expect(await response.json()).toMatchObject({ data: { products: { items: [{}] } } });
      const lambda = new LambdaClient({
        endpoint: config.services.lambda,
        region: 'us-east-1',
        credentials: LOCAL_CREDENTIALS,
      });
      const failed = await lambda.send(
        new InvokeCommand({ FunctionName: 'catalog', Payload: Buffer.from('{"operation":"nothing"}') }),
      );
      lambda.destroy();
      expect(failed.FunctionError).toBe('Unhandled');
      // The error line comes after both calls' REPORT lines would have: the log is one ordered stream.
      await run.printed(/\[catalog\] .*ERROR.*does not serve .*nothing/);
      expect(run.stdout()).not.toMatch(/REPORT RequestId:/);
    });

    it('refuses npm run reset while it runs, naming its process, and deletes nothing', async () => {
      const reset = npm(['run', 'reset', '--', '--state', state]);
      expect(await reset.exited).toBe(1);
      const holder = Number(/in use by process (\d+)/.exec(reset.stderr())?.[1]);
      expect(descendants(run.child.pid!)).toContain(holder);
      expect(existsSync(path.join(state, STATE_MARKER))).toBe(true);
      expect((await fetch(`${url}/health`)).status).toBe(200);
    });

    it('stops, with every process npm started, when npm alone gets SIGTERM', async () => {
      expect(started.length).toBeGreaterThanOrEqual(2);
      process.kill(run.child.pid!, 'SIGTERM');
      await run.exited;
      await expect.poll(() => answers(`${url}/health`), SHUTDOWN).toBe(false);
      await expect.poll(() => started.filter(running), SHUTDOWN).toEqual([]);
    });
  });

  describe('running with --verbose', () => {
    it('logs a REPORT line for every Lambda call', async () => {
      const run = npm([
        'start',
        '--',
        '--port',
        '0',
        '--state',
        path.join(root, 'verbose'),
        '--no-app',
        '--verbose',
      ]);
      try {
        const url = (await run.printed(/health: (http:\/\/[^\s,)]+)\/health/))[1]!;
        const { apiKey } = (await (await fetch(`${url}/config.json`)).json()) as { apiKey: string };
        await fetch(`${url}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-api-key': apiKey },
          body: JSON.stringify({ query: '{ categories { name } }' }),
        });
        await run.printed(/\[catalog\] REPORT RequestId: /);
      } finally {
        const started = descendants(run.child.pid!);
        process.kill(run.child.pid!, 'SIGTERM');
        await run.exited;
        await expect.poll(() => started.filter(running), SHUTDOWN).toEqual([]);
      }
    });
  });
});
