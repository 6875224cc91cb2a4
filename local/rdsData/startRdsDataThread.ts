import type { Plugin } from 'esbuild';
import { mkdtemp, rm } from 'node:fs/promises';
import { isBuiltin } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { bundleWorkerScript } from '../bundleWorkerScript.js';
import type { DataApiCalls } from './DataApiCalls.js';
import type { RdsDataOptions, RdsDataService } from './startRdsData.js';

/** What the thread is started with: the options, less the log (lines come back as messages). */
export type ThreadOptions = Omit<RdsDataOptions, 'log'>;

/** Messages from the parent to the thread: `calls` asks for the counters, answered under the same `id`. */
export type ToThread = { readonly type: 'stop' } | { readonly type: 'calls'; readonly id: number };

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
  | { readonly type: 'calls'; readonly id: number; readonly calls: DataApiCalls }
  | { readonly type: 'stopped' };

/**
 * `startRdsData` in a worker thread of its own: the Data API's HTTP handling, SQL engine and response
 * serialization then run beside the thread that serves GraphQL and calls the Lambda twin, not on it.
 * The thread's code is bundled at start (plain JavaScript, so the thread needs no TypeScript loader),
 * with packages left to Node to load from this project's `node_modules`. Resolves and rejects as
 * `startRdsData` does, with its message (and code, such as EADDRINUSE); `calls()` asks the thread for
 * its counters (a message and its answer); `stop()` stops the service and ends the thread.
 */
export async function startRdsDataThread(options: RdsDataOptions): Promise<RdsDataService> {
  const { log = () => undefined, ...threadOptions } = options;
  const outDir = await mkdtemp(path.join(tmpdir(), 'shopsync-rds-data-'));
  let worker: Worker;
  try {
    const file = path.join(outDir, 'rdsDataThread.mjs');
    await bundleWorkerScript(new URL('./rdsDataThread.ts', import.meta.url), file, [packagesFromProject]);
    worker = new Worker(file, { workerData: threadOptions satisfies ThreadOptions, execArgv: [] });
  } catch (error) {
    await rm(outDir, { recursive: true, force: true });
    throw error;
  }

  let stopped: Promise<void> | undefined;
  let exited = false;
  // Asked for the counters and not yet answered, by request id.
  const asked = new Map<
    number,
    { readonly resolve: (calls: DataApiCalls) => void; readonly reject: (error: Error) => void }
  >();
  let lastId = 0;
  const ended = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      exited = true;
      for (const { reject } of asked.values())
        reject(new Error('The Data API thread ended before it answered'));
      asked.clear();
      resolve();
    }),
  );
  void ended.then(() => rm(outDir, { recursive: true, force: true }));
  const stop = (): Promise<void> => {
    stopped ??= (async () => {
      worker.postMessage({ type: 'stop' } satisfies ToThread);
      await ended;
    })();
    return stopped;
  };
  const calls = (): Promise<DataApiCalls> => {
    if (exited || stopped !== undefined)
      return Promise.reject(new Error('The Data API thread is stopped: it counts no more'));
    lastId += 1;
    const id = lastId;
    return new Promise<DataApiCalls>((resolve, reject) => {
      asked.set(id, { resolve, reject });
      worker.postMessage({ type: 'calls', id } satisfies ToThread);
    });
  };

  return new Promise<RdsDataService>((resolve, reject) => {
    let started = false;
    worker.on('message', (message: FromThread) => {
      switch (message.type) {
        case 'log':
          log(message.line);
          break;
        case 'started':
          started = true;
          resolve({ name: 'rds-data', endpoint: message.endpoint, engine: message.engine, calls, stop });
          break;
        case 'calls':
          asked.get(message.id)?.resolve(message.calls);
          asked.delete(message.id);
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
      if (!started) reject(new Error(`The Data API thread ended (exit code ${code}) before it started`));
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
