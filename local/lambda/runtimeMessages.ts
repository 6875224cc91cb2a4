/**
 * The messages between the Lambda twin and the runtime inside each function's worker: the local stand-in
 * for the Lambda Runtime API (`/runtime/invocation/next`, `/response`, `/error`, `/init/error`).
 */

/** What the worker is started with (`workerData`). */
export interface RuntimeInit {
  /** Absolute path of the function's bundle (`index.mjs`). */
  readonly bundle: string;
  /** The exported handler's name, as in `_HANDLER=index.handler`. */
  readonly handlerName: string;
  readonly functionName: string;
  readonly functionArn: string;
  readonly memoryMb: number;
  readonly logGroupName: string;
  readonly logStreamName: string;
}

/** The error document the Node.js runtime sends for a failed invocation, and Invoke returns as payload. */
export interface ErrorPayload {
  readonly errorType: string;
  readonly errorMessage: string;
  readonly trace?: readonly string[];
}

/** Twin → runtime: run the handler once. */
export interface InvokeMessage {
  readonly type: 'invoke';
  readonly requestId: string;
  /** The event as JSON text, as Lambda hands it to the runtime. */
  readonly event: string;
  /** Epoch milliseconds at which the twin times the call out (`context.getRemainingTimeInMillis`). */
  readonly deadline: number;
}

/** Runtime → twin. */
export type RuntimeMessage =
  /** The module is loaded and the handler found. */
  | { readonly type: 'ready' }
  /** Loading the module failed; the worker is of no further use. */
  | { readonly type: 'initError'; readonly error: ErrorPayload }
  /** One console call, already formatted as a Lambda log line. */
  | { readonly type: 'log'; readonly line: string }
  /** The handler finished: `payload` is its result as JSON text, or `error` what it threw. */
  | {
      readonly type: 'result';
      readonly requestId: string;
      readonly payload?: string;
      readonly error?: ErrorPayload;
      /** High-water mark of this worker's heap and external memory, in MB. */
      readonly memoryMb: number;
    }
  /** The runtime itself failed (an unhandled rejection); the twin ends the worker. */
  | { readonly type: 'crash'; readonly error: ErrorPayload };
