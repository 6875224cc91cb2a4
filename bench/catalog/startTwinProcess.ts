import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ROOT_DIR } from '../../infra/paths.js';
import type { LocalClientConfig } from '../../local/twin.js';
import { spawnServer } from './spawnServer.js';
import type { SpawnedServer } from './spawnServer.js';
import { COUNTERS_REQUEST } from './TwinCounters.js';
import type { TwinCounters } from './TwinCounters.js';

/** The whole twin as `npm start` runs it, in a child process of the bench. */
export interface TwinProcess {
  readonly pid: number;
  /** The base URL (`/health`, `/config.json`, `/graphql`). */
  readonly url: string;
  /** What the twin publishes at `/config.json`: the GraphQL URL, the API key, every service endpoint. */
  readonly config: LocalClientConfig;
  readonly stateDir: string;
  /** What the twin has served so far (`twinCountersPreload.ts`, loaded into its process). */
  counters(): Promise<TwinCounters>;
  /** Its last output lines. */
  tail(): string;
  /** Stops it as Ctrl-C would (SIGTERM). */
  stop(): Promise<void>;
}

const COUNTERS_MODULE = fileURLToPath(new URL('twinCountersPreload.ts', import.meta.url));
// `npm start` prints this once every service answers.
const READY = /^GraphQL:\s+(\S+)/;

/**
 * Starts `local/start.ts` in its own Node process, as `npm start -- --port 0 --state <stateDir>` (with
 * `--no-app` when `app` is false), on SQLite whatever `DATABASE_URL` says, with `twinCountersPreload.ts`
 * loaded first; resolves once it has printed its GraphQL URL, with the configuration it serves. Its CPU
 * time and memory are then its own (`/proc/<pid>`), apart from the load generator's. It stops, as
 * `npm start` does, when this process ends.
 */
export async function startTwinProcess(options: {
  readonly stateDir: string;
  readonly app: boolean;
}): Promise<TwinProcess> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const server: SpawnedServer = await spawnServer(
    [
      '--import',
      'tsx',
      '--import',
      COUNTERS_MODULE,
      path.join('local', 'start.ts'),
      '--port',
      '0',
      '--state',
      options.stateDir,
      ...(options.app ? [] : ['--no-app']),
    ],
    { cwd: ROOT_DIR, env, ready: READY, timeoutMs: 600_000, label: 'The twin' },
  );
  try {
    const url = new URL(server.ready[1]!).origin;
    const response = await fetch(`${url}/config.json`);
    if (!response.ok) throw new Error(`GET ${url}/config.json answered ${response.status}`);
    const config = (await response.json()) as LocalClientConfig;
    return {
      pid: server.pid,
      url,
      config,
      stateDir: options.stateDir,
      counters: () => askCounters(server),
      tail: server.tail,
      stop: () => server.stop(),
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

function askCounters(server: SpawnedServer): Promise<TwinCounters> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      server.child.off('message', answer);
      reject(new Error('The twin did not answer for its counters within 10 s'));
    }, 10_000);
    const answer = (message: unknown): void => {
      clearTimeout(timer);
      server.child.off('message', answer);
      resolve(message as TwinCounters);
    };
    server.child.on('message', answer);
    server.child.send(COUNTERS_REQUEST);
  });
}
