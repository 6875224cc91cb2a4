import { randomUUID } from 'node:crypto';
import { FunctionWorker } from './FunctionWorker.js';
import type { RunOutcome, WorkerConfig } from './FunctionWorker.js';
import type { ErrorPayload } from './runtimeMessages.js';

/** One finished call, as Invoke reports it. */
export interface Invocation {
  readonly requestId: string;
  /** The response payload as JSON text: the handler's result, or the error document. */
  readonly payload: string;
  /** `Unhandled` when the call failed (the `X-Amz-Function-Error` header). */
  readonly functionError?: 'Unhandled';
  /** Handler time, init excluded. */
  readonly durationMs: number;
  /** Set when this call started a new worker (a cold start). */
  readonly initDurationMs?: number;
  /** The worker's memory high-water mark after the call (REPORT's Max Memory Used). */
  readonly maxMemoryMb: number;
  /** This call's log as CloudWatch would hold it: init lines, START, the function's lines, END, REPORT. */
  readonly log: string;
}

export interface PoolConfig extends Omit<WorkerConfig, 'onLog'> {
  /** Workers at most; further calls wait in line. */
  readonly concurrency: number;
  /**
   * A worker left idle this long is ended, as Lambda reclaims idle execution environments, so that the
   * memory of a burst's workers returns; the next call past the warm ones is a cold start. Absent: idle
   * workers stay until the pool stops.
   */
  readonly idleTimeoutMs?: number;
  /** The twin's log; every function line goes there prefixed with `[name]`. */
  readonly log?: (line: string) => void;
}

interface LogSink {
  lines: string[] | undefined;
}

interface Slot {
  readonly worker: FunctionWorker;
  readonly sink: LogSink;
  /** Ends the worker when it has been idle `idleTimeoutMs`; set while the slot is idle. */
  idleTimer?: NodeJS.Timeout;
}

// Invoke's synchronous response limit: a larger result becomes a function error.
const MAX_RESPONSE_BYTES = 6_291_556;

/**
 * The execution environments of one function: warm workers are reused most-recent first, a new one is
 * started (a cold start) while fewer than `concurrency` exist, and further calls queue until one is free.
 * A worker that timed out, crashed or failed to initialize is dropped; the next call starts a fresh one.
 * With `idleTimeoutMs`, a worker idle that long is ended: after a burst, the least recently used go first.
 */
export class FunctionPool {
  readonly #config: PoolConfig;
  readonly #idle: Slot[] = [];
  readonly #workers = new Set<FunctionWorker>();
  /** The workers running a call right now (between `run` and its outcome). */
  readonly #busy = new Set<FunctionWorker>();
  readonly #waiting: Array<{ readonly wake: () => void; readonly fail: (error: Error) => void }> = [];
  #size = 0;
  #invocations = 0;
  #stopped = false;

  constructor(config: PoolConfig) {
    this.#config = config;
  }

  /** Workers at most (`PoolConfig.concurrency`). */
  get concurrency(): number {
    return this.#config.concurrency;
  }

  /** Workers alive or starting. */
  get size(): number {
    return this.#size;
  }

  /** Calls so far, whatever their outcome (CloudWatch's `Invocations` metric). */
  get invocations(): number {
    return this.#invocations;
  }

  /**
   * Runs the function once on `event` (JSON text). Function failures resolve (with `functionError`);
   * it rejects only when the pool is stopped before or during the call.
   */
  async invoke(event: string): Promise<Invocation> {
    const requestId = randomUUID();
    this.#invocations += 1;
    const lines: string[] = [];
    const acquired = await this.#acquire(lines);
    lines.push(`START RequestId: ${requestId} Version: $LATEST\n`);
    const started = performance.now();
    let outcome: RunOutcome;
    let maxMemoryMb = 0;
    if ('error' in acquired) {
      outcome = { kind: 'fatal', status: 'error', error: acquired.error };
    } else {
      const worker = acquired.slot.worker;
      this.#busy.add(worker);
      try {
        outcome = await worker.run(requestId, event);
      } finally {
        this.#busy.delete(worker);
      }
      maxMemoryMb = worker.memoryMb;
      this.#release(acquired.slot);
    }
    const durationMs = performance.now() - started;
    if (this.#stopped) throw stoppedError();
    outcome = limitResponse(outcome);

    const sink = (line: string): void => this.#emit(lines, line);
    if (outcome.kind === 'fatal' && outcome.status === 'timeout') {
      sink(
        `${new Date().toISOString()} ${requestId} Task timed out after ${this.#config.timeoutSeconds.toFixed(2)} seconds\n`,
      );
    } else if (outcome.kind !== 'result') {
      sink(
        `${new Date().toISOString()}\t${requestId}\tERROR\tInvoke Error \t${JSON.stringify(outcome.error)}\n`,
      );
    }
    lines.push(`END RequestId: ${requestId}\n`);
    sink(
      reportLine({
        requestId,
        durationMs,
        memorySizeMb: this.#config.init.memoryMb,
        maxMemoryMb,
        initDurationMs: acquired.initMs,
        timedOut: outcome.kind === 'fatal' && outcome.status === 'timeout',
      }),
    );
    return {
      requestId,
      payload: outcome.kind === 'result' ? outcome.payload : JSON.stringify(outcome.error),
      ...(outcome.kind === 'result' ? {} : { functionError: 'Unhandled' as const }),
      durationMs,
      ...(acquired.initMs === undefined ? {} : { initDurationMs: acquired.initMs }),
      maxMemoryMb,
      log: lines.join(''),
    };
  }

  /**
   * Ends every worker that is running a call now, at once, as a crash of its runtime process would (a
   * native fault, a kill): each such call answers `Runtime.ExitError` (`Sandbox.Timedout` should its
   * timeout strike while the worker ends) and its worker is dropped, so the next call starts a fresh
   * one. Whatever the call had begun outside the worker stays as it was left (a request sent, a
   * transaction open). Idle and starting workers are left alone. Resolves, once the workers have ended,
   * to how many calls were ended.
   */
  async crash(): Promise<number> {
    const running = [...this.#busy];
    await Promise.all(running.map((worker) => worker.terminate()));
    return running.length;
  }

  /** Ends every worker; calls in flight or waiting reject. Idempotent. */
  async stop(): Promise<void> {
    this.#stopped = true;
    for (const slot of this.#idle) clearTimeout(slot.idleTimer);
    for (const waiter of this.#waiting.splice(0)) waiter.fail(stoppedError());
    await Promise.all([...this.#workers].map((worker) => worker.terminate()));
  }

  async #acquire(
    lines: string[],
  ): Promise<
    | { readonly slot: Slot; readonly initMs?: number }
    | { readonly error: ErrorPayload; readonly initMs: number }
  > {
    for (;;) {
      if (this.#stopped) throw stoppedError();
      const slot = this.#idle.pop();
      if (slot) {
        clearTimeout(slot.idleTimer);
        if (!slot.worker.alive) {
          this.#drop(slot.worker);
          continue;
        }
        slot.sink.lines = lines;
        return { slot };
      }
      if (this.#size < this.#config.concurrency) return this.#startWorker(lines);
      await new Promise<void>((wake, fail) => this.#waiting.push({ wake, fail }));
    }
  }

  async #startWorker(
    lines: string[],
  ): Promise<
    | { readonly slot: Slot; readonly initMs: number }
    | { readonly error: ErrorPayload; readonly initMs: number }
  > {
    this.#size += 1;
    const sink: LogSink = { lines };
    let started: Awaited<ReturnType<typeof FunctionWorker.start>>;
    try {
      started = await FunctionWorker.start({
        ...this.#config,
        onLog: (line) => this.#emit(sink.lines, line),
      });
    } catch (error) {
      this.#size -= 1;
      this.#wakeOne();
      throw error;
    }
    if ('error' in started) {
      this.#size -= 1;
      this.#wakeOne();
      return started;
    }
    this.#workers.add(started.worker);
    if (this.#stopped) {
      await started.worker.terminate();
      throw stoppedError();
    }
    return { slot: { worker: started.worker, sink }, initMs: started.initMs };
  }

  #release(slot: Slot): void {
    slot.sink.lines = undefined;
    if (slot.worker.alive && !this.#stopped) {
      this.#idle.push(slot);
      const idleTimeoutMs = this.#config.idleTimeoutMs;
      if (idleTimeoutMs !== undefined) {
        slot.idleTimer = setTimeout(() => this.#reclaim(slot), idleTimeoutMs);
        // An idle worker's timer alone does not keep the process alive.
        slot.idleTimer.unref();
      }
    } else this.#drop(slot.worker);
    this.#wakeOne();
  }

  /** Ends an idle worker (its timer fired); a slot taken meanwhile is no longer idle and stays. */
  #reclaim(slot: Slot): void {
    const index = this.#idle.indexOf(slot);
    if (index === -1) return;
    this.#idle.splice(index, 1);
    this.#drop(slot.worker);
    void slot.worker.terminate();
    this.#wakeOne();
  }

  #drop(worker: FunctionWorker): void {
    if (this.#workers.delete(worker)) this.#size -= 1;
  }

  #wakeOne(): void {
    this.#waiting.shift()?.wake();
  }

  #emit(lines: string[] | undefined, line: string): void {
    lines?.push(line);
    const log = this.#config.log;
    if (!log) return;
    for (const part of line.trimEnd().split('\n')) log(`[${this.#config.init.functionName}] ${part}`);
  }
}

function limitResponse(outcome: RunOutcome): RunOutcome {
  if (outcome.kind !== 'result' || Buffer.byteLength(outcome.payload) <= MAX_RESPONSE_BYTES) return outcome;
  return {
    kind: 'error',
    memoryMb: outcome.memoryMb,
    error: {
      errorType: 'Function.ResponseSizeTooLarge',
      errorMessage: `Response payload size exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`,
    },
  };
}

function reportLine(report: {
  readonly requestId: string;
  readonly durationMs: number;
  readonly memorySizeMb: number;
  readonly maxMemoryMb: number;
  readonly initDurationMs: number | undefined;
  readonly timedOut: boolean;
}): string {
  return [
    `REPORT RequestId: ${report.requestId}`,
    `Duration: ${report.durationMs.toFixed(2)} ms`,
    `Billed Duration: ${Math.ceil(report.durationMs + (report.initDurationMs ?? 0))} ms`,
    `Memory Size: ${report.memorySizeMb} MB`,
    `Max Memory Used: ${report.maxMemoryMb} MB`,
    ...(report.initDurationMs === undefined ? [] : [`Init Duration: ${report.initDurationMs.toFixed(2)} ms`]),
    ...(report.timedOut ? ['Status: timeout'] : []),
    '\n',
  ].join('\t');
}

function stoppedError(): Error {
  return new Error('The Lambda twin was stopped before the call finished');
}
