import path from 'node:path';
import { ROOT_DIR } from '../../infra/paths.js';
import type { LocalClientConfig, TwinMetrics } from '../../local/twin.js';
import { spawnServer } from './spawnServer.js';
import type { SpawnedServer } from './spawnServer.js';

/** The whole twin as `npm start` runs it, in a child process of the bench. */
export interface TwinProcess {
  readonly pid: number;
  /** The base URL (`/health`, `/config.json`, `/_twin/metrics`, `/graphql`). */
  readonly url: string;
  /** What the twin publishes at `/config.json`: the GraphQL URL, the API key, every service endpoint. */
  readonly config: LocalClientConfig;
  readonly stateDir: string;
  /** What the twin has served so far, as its `GET /_twin/metrics` answers. */
  metrics(): Promise<TwinMetrics>;
  /** Its last output lines. */
  tail(): string;
  /** Stops it as Ctrl-C would (SIGTERM). */
  stop(): Promise<void>;
}

// `npm start` prints this once every service answers.
const READY = /^GraphQL:\s+(\S+)/;

/**
 * Starts `local/start.ts` in its own Node process, as `npm start -- --port 0 --state <stateDir>` (with
 * `--no-app` when `app` is false), on SQLite whatever `DATABASE_URL` says; resolves once it has printed
 * its GraphQL URL, with the configuration it serves. Its CPU
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
    const config = await getJson<LocalClientConfig>(`${url}/config.json`);
    return {
      pid: server.pid,
      url,
      config,
      stateDir: options.stateDir,
      metrics: () => getJson<TwinMetrics>(`${url}/_twin/metrics`),
      tail: server.tail,
      stop: () => server.stop(),
    };
  } catch (error) {
    await server.stop();
    throw error;
  }
}

async function getJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`GET ${url} answered ${response.status}: ${await response.text()}`);
  return (await response.json()) as T;
}
