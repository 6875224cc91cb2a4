import { createInterface } from 'node:readline';
import { Worker } from 'node:worker_threads';
import type { ErrorPayload, RuntimeInit, RuntimeMessage } from './runtimeMessages.js';

/** How one handler call ended. `fatal` outcomes end the worker: the next call gets a fresh one. */
export type RunOutcome =
  | { readonly kind: 'result'; readonly payload: string; readonly memoryMb: number }
  | { readonly kind: 'error'; readonly error: ErrorPayload; readonly memoryMb: number }
  | { readonly kind: 'fatal'; readonly error: ErrorPayload; readonly status: 'timeout' | 'error' };

export interface WorkerConfig {
  /** The bundled runtime (`bundleRuntime`). */
  readonly runtimeFile: string;
  readonly init: RuntimeInit;
  /** The worker's whole `process.env`, read at each worker's start. */
  readonly env: () => Readonly<Record<string, string>>;
  readonly timeoutSeconds: number;
  /** Receives each log line of the function (console calls and raw stdout/stderr writes). */
  readonly onLog: (line: string) => void;
}

interface Running {
  readonly requestId: string;
  readonly timer: NodeJS.Timeout;
  readonly resolve: (outcome: RunOutcome) => void;
}

/**
 * One execution environment: a `worker_threads` Worker with its own `process.env` and a V8 old-space
 * limit of the function's memory size, which loads the function once and then runs one call at a time.
 * A call past the timeout, a runtime crash or running out of memory ends the worker, and the call is
 * answered the way Lambda answers it (`Sandbox.Timedout`, `Runtime.OutOfMemory`, `Runtime.ExitError`).
 */
export class FunctionWorker {
  readonly #worker: Worker;
  readonly #config: WorkerConfig;
  #running: Running | undefined;
  #exited = false;
  #lastError: NodeJS.ErrnoException | undefined;
  #memoryMb = 0;

  private constructor(config: WorkerConfig) {
    this.#config = config;
    this.#worker = new Worker(config.runtimeFile, {
      env: { ...config.env() },
      workerData: config.init,
      // Not the parent's flags (a TypeScript loader, a test runner's hooks): the bundle is plain JavaScript.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: config.init.memoryMb },
      stdout: true,
      stderr: true,
    });
    for (const stream of [this.#worker.stdout, this.#worker.stderr]) {
      createInterface({ input: stream }).on('line', (line) => config.onLog(`${line}\n`));
    }
    this.#worker.on('error', (error) => (this.#lastError = error));
  }

  /**
   * Starts a worker and waits for its init phase (importing the bundle, finding the handler), bounded by
   * the function's timeout. Resolves to the ready worker, or to the init error that Invoke reports; the
   * worker is then already ended.
   */
  static async start(
    config: WorkerConfig,
  ): Promise<
    | { readonly worker: FunctionWorker; readonly initMs: number }
    | { readonly error: ErrorPayload; readonly initMs: number }
  > {
    const started = performance.now();
    const sandbox = new FunctionWorker(config);
    const error = await sandbox.#init();
    const initMs = performance.now() - started;
    if (error) {
      await sandbox.terminate();
      return { error, initMs };
    }
    sandbox.#worker.on('message', (message: RuntimeMessage) => sandbox.#onMessage(message));
    sandbox.#worker.on('exit', (code) => sandbox.#onExit(code));
    return { worker: sandbox, initMs };
  }

  /** False once the worker has ended (or is being ended); such a worker takes no more calls. */
  get alive(): boolean {
    return !this.#exited;
  }

  /** High-water mark of the worker's heap and external memory, in MB. */
  get memoryMb(): number {
    return this.#memoryMb;
  }

  /** Runs the handler once on `event` (JSON text). Never rejects. */
  run(requestId: string, event: string): Promise<RunOutcome> {
    if (this.#running || this.#exited) throw new Error('FunctionWorker.run: the worker is busy or ended');
    const timeoutMs = this.#config.timeoutSeconds * 1000;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        this.#finish({
          kind: 'fatal',
          status: 'timeout',
          error: timedOut(requestId, this.#config.timeoutSeconds),
        });
        void this.terminate();
      }, timeoutMs);
      this.#running = { requestId, timer, resolve };
      this.#worker.postMessage({ type: 'invoke', requestId, event, deadline: Date.now() + timeoutMs });
    });
  }

  /** Ends the worker at once, wherever it is. Idempotent. */
  async terminate(): Promise<void> {
    this.#exited = true;
    await this.#worker.terminate();
  }

  #init(): Promise<ErrorPayload | undefined> {
    return new Promise((resolve) => {
      const timer = setTimeout(
        () => done(timedOut('init', this.#config.timeoutSeconds)),
        this.#config.timeoutSeconds * 1000,
      );
      const onMessage = (message: RuntimeMessage): void => {
        if (message.type === 'log') this.#config.onLog(message.line);
        else if (message.type === 'ready') done(undefined);
        else if (message.type === 'initError' || message.type === 'crash') done(message.error);
      };
      const onExit = (code: number): void => done(this.#exitError('init', code));
      const done = (error: ErrorPayload | undefined): void => {
        clearTimeout(timer);
        this.#worker.off('message', onMessage);
        this.#worker.off('exit', onExit);
        resolve(error);
      };
      this.#worker.on('message', onMessage);
      this.#worker.on('exit', onExit);
    });
  }

  #onMessage(message: RuntimeMessage): void {
    switch (message.type) {
      case 'log':
        this.#config.onLog(message.line);
        break;
      case 'result':
        if (message.requestId !== this.#running?.requestId) break;
        this.#memoryMb = message.memoryMb;
        this.#finish(
          message.error
            ? { kind: 'error', error: message.error, memoryMb: message.memoryMb }
            : { kind: 'result', payload: message.payload ?? 'null', memoryMb: message.memoryMb },
        );
        break;
      case 'crash':
        this.#finish({ kind: 'fatal', status: 'error', error: message.error });
        void this.terminate();
        break;
      default:
        break;
    }
  }

  #onExit(code: number): void {
    this.#exited = true;
    if (this.#running) {
      this.#finish({ kind: 'fatal', status: 'error', error: this.#exitError(this.#running.requestId, code) });
    }
  }

  #finish(outcome: RunOutcome): void {
    const running = this.#running;
    if (!running) return;
    clearTimeout(running.timer);
    this.#running = undefined;
    running.resolve(outcome);
  }

  #exitError(requestId: string, code: number): ErrorPayload {
    const error = this.#lastError;
    if (error?.code === 'ERR_WORKER_OUT_OF_MEMORY') {
      return {
        errorType: 'Runtime.OutOfMemory',
        errorMessage: `RequestId: ${requestId} Error: Runtime exited with error: signal: killed`,
      };
    }
    const detail = error ? `${error.name}: ${error.message}` : `exit status ${code}`;
    return {
      errorType: 'Runtime.ExitError',
      errorMessage: `RequestId: ${requestId} Error: Runtime exited with error: ${detail}`,
    };
  }
}

/** AWS's answer to a call past the function's timeout (seen in Invoke responses of Node.js functions). */
function timedOut(requestId: string, seconds: number): ErrorPayload {
  return {
    errorType: 'Sandbox.Timedout',
    errorMessage: `RequestId: ${requestId} Error: Task timed out after ${seconds.toFixed(2)} seconds`,
  };
}
