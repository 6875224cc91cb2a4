import { build } from 'esbuild';
import type { Plugin } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { RdsDataOptions, RdsDataService } from './startRdsData.js';

/** What the thread is started with: the options, less the log (lines come back as messages). */
export type ThreadOptions = Omit<RdsDataOptions, 'log'>;

/** Messages from the parent to the thread. */
export type ToThread = { readonly type: 'stop' };

/** An error of the thread, and its causes, as data that crosses to the parent. */
export interface ThreadError {
  readonly message: string;
  readonly code?: string;
  readonly cause?: ThreadError;
}

/** Messages from the thread to the parent. */
export type FromThread =
  | { readonly type: 'log'; readonly line: string }
  | { readonly type: 'started'; readonly endpoint: string; readonly engine: RdsDataService['engine'] }
  | { readonly type: 'failed'; readonly error: ThreadError }
  | { readonly type: 'stopped' };

/**
 * `startRdsData` in a worker thread of its own: the Data API's HTTP handling, SQL engine and response
 * serialization then run beside the thread that serves GraphQL and calls the Lambda twin, not on it.
 * The thread's code is bundled at start (plain JavaScript, so the thread needs no TypeScript loader),
 * with packages left to Node to load from this project's `node_modules`. Resolves and rejects as
 * `startRdsData` does, with its message (and code, such as EADDRINUSE); `stop()` stops the service and
 * ends the thread.
 */
export async function startRdsDataThread(options: RdsDataOptions): Promise<RdsDataService> {
  const { log = () => undefined, ...threadOptions } = options;
  const outDir = await mkdtemp(path.join(tmpdir(), 'shopsync-rds-data-'));
  let worker: Worker;
  try {
    const file = path.join(outDir, 'rdsDataThread.mjs');
    await build({
      entryPoints: [fileURLToPath(new URL('./rdsDataThread.ts', import.meta.url))],
      outfile: file,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      plugins: [packagesFromProject],
      logLevel: 'silent',
    });
    worker = new Worker(file, { workerData: threadOptions satisfies ThreadOptions, execArgv: [] });
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }

  let stopped: Promise<void> | undefined;
  const ended = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  void ended.then(() => rm(outDir, { recursive: true, force: true }));
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      worker.postMessage({ type: 'stop' } satisfies ToThread);
      await ended;
    })();
    return stopped;
  };

  return new Promise<RdsDataService>((resolve, reject) => {
    worker.on('message', (message: FromThread) => {
      switch (message.type) {
        case 'log':
          log(message.line);
          break;
        case 'started':
          resolve({ name: 'rds-data', endpoint: message.endpoint, engine: message.engine, stop });
          break;
        case 'failed':
          reject(asError(message.error));
          break;
        default:
          break;
      }
    });
    worker.on('error', (error) => {
      log(`rds-data: the Data API thread failed: ${error.stack ?? error.message}`);
      reject(error);
    });
    worker.once('exit', (code) => {
      reject(new Error(`The Data API thread ended (exit code ${code}) before it started`));
      if (stopped === undefined) log(`rds-data: the Data API thread ended unasked (exit code ${code})`);
    });
  });
}

/** The thread's error as an `Error` again, with its code and causes. */
function asError(error: ThreadError): Error {
  return Object.assign(
    new Error(error.message, error.cause ? { cause: asError(error.cause) } : {}),
    error.code === undefined ? {} : { code: error.code },
  );
}

/**
 * Leaves every package import of the thread's code to Node, by the absolute address it has from here:
 * the bundle lives in a temporary folder, from which bare names would not resolve.
 */
const packagesFromProject: Plugin = {
  name: 'packages-from-project',
  setup(builder) {
    builder.onResolve({ filter: /^[^./]/ }, (args) =>
      isBuiltin(args.path)
        ? { path: args.path, external: true }
        : { path: import.meta.resolve(args.path), external: true },
    );
  },
};
