/**
 * The runtime inside a function's worker, bundled by `bundleRuntime` and started by `FunctionWorker`: the
 * local stand-in for the Node.js runtime interface client. It imports the function's bundle once (the
 * init phase), then runs the handler for each `invoke` message, reporting the result, the error, every
 * console line and the worker's memory to the twin.
 */
import { getHeapStatistics } from 'node:v8';
import { pathToFileURL } from 'node:url';
import { format } from 'node:util';
import { parentPort, workerData } from 'node:worker_threads';
import { errorPayload } from './errorPayload.js';
import type { InvokeMessage, RuntimeInit, RuntimeMessage } from './runtimeMessages.js';

type Handler = (
  event: unknown,
  context: object,
  callback?: (error: unknown, result?: unknown) => void,
) => unknown;

const MB = 1024 * 1024;
const init = workerData as RuntimeInit;
const port = parentPort;
if (!port) throw new Error('lambdaRuntime runs only inside a worker thread');

// The CDK stack sets NODE_OPTIONS=--enable-source-maps; a worker cannot take that flag, so set it here.
process.setSourceMapsEnabled(true);

const post = (message: RuntimeMessage): void => port.postMessage(message);
let requestId: string | undefined;
let peakMemoryMb = 0;

// Lambda's text log format: timestamp, request id, level, message. Lines logged outside an invocation
// (during init) carry the id `undefined`, as on AWS.
const levels = {
  log: 'INFO',
  info: 'INFO',
  warn: 'WARN',
  error: 'ERROR',
  debug: 'DEBUG',
  trace: 'TRACE',
} as const;
for (const [method, level] of Object.entries(levels)) {
  console[method as keyof typeof levels] = (...args: unknown[]): void => {
    post({
      type: 'log',
      line: `${new Date().toISOString()}\t${String(requestId)}\t${level}\t${format(...args)}\n`,
    });
  };
}

process.on('unhandledRejection', (reason) => {
  const { errorType, errorMessage, trace } = errorPayload(reason);
  post({
    type: 'crash',
    error: {
      errorType: 'Runtime.UnhandledPromiseRejection',
      errorMessage: `${errorType}: ${errorMessage}`,
      ...(trace ? { trace } : {}),
    },
  });
});

const handler = await loadHandler();
if (handler) {
  post({ type: 'ready' });
  port.on('message', (message: InvokeMessage) => void invoke(handler, message));
}

async function loadHandler(): Promise<Handler | undefined> {
  let module: Record<string, unknown>;
  try {
    module = (await import(pathToFileURL(init.bundle).href)) as Record<string, unknown>;
  } catch (error) {
    post({ type: 'initError', error: initError(error) });
    return undefined;
  }
  const handler = module[init.handlerName];
  if (typeof handler !== 'function') {
    post({
      type: 'initError',
      error: {
        errorType: 'Runtime.HandlerNotFound',
        errorMessage: `index.${init.handlerName} is undefined or not exported`,
      },
    });
    return undefined;
  }
  return handler as Handler;
}

function initError(error: unknown): ReturnType<typeof errorPayload> {
  const payload = errorPayload(error);
  if (error instanceof SyntaxError) return { ...payload, errorType: 'Runtime.UserCodeSyntaxError' };
  if ((error as { code?: unknown }).code === 'ERR_MODULE_NOT_FOUND') {
    return {
      ...payload,
      errorType: 'Runtime.ImportModuleError',
      errorMessage: `Error: ${payload.errorMessage}`,
    };
  }
  return payload;
}

async function invoke(handler: Handler, message: InvokeMessage): Promise<void> {
  requestId = message.requestId;
  const context = {
    callbackWaitsForEmptyEventLoop: true,
    functionName: init.functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: init.functionArn,
    memoryLimitInMB: String(init.memoryMb),
    awsRequestId: message.requestId,
    logGroupName: init.logGroupName,
    logStreamName: init.logStreamName,
    getRemainingTimeInMillis: (): number => Math.max(0, message.deadline - Date.now()),
  };
  let outcome: { payload: string } | { error: ReturnType<typeof errorPayload> };
  try {
    const result = await callHandler(handler, JSON.parse(message.event), context);
    // Lambda serializes the result as JSON; `undefined` comes back as `null`.
    outcome = { payload: JSON.stringify(result) ?? 'null' };
  } catch (error) {
    outcome = { error: errorPayload(error) };
  }
  post({ type: 'result', requestId: message.requestId, ...outcome, memoryMb: memoryMb() });
  requestId = undefined;
}

/** Async handlers resolve; callback-style handlers (three parameters) call back, as Node.js 22 allows. */
function callHandler(handler: Handler, event: unknown, context: object): Promise<unknown> {
  if (handler.length < 3) return Promise.resolve(handler(event, context));
  return new Promise((resolve, reject) => {
    // The runtime reports whatever the handler passes as the error, an Error or not.
    // eslint-disable-next-line @typescript-eslint/prefer-promise-reject-errors
    const returned = handler(event, context, (error, result) => (error ? reject(error) : resolve(result)));
    if (returned instanceof Promise) returned.then(resolve, reject);
  });
}

function memoryMb(): number {
  const heap = getHeapStatistics();
  peakMemoryMb = Math.max(peakMemoryMb, Math.ceil((heap.total_heap_size + heap.external_memory) / MB));
  return peakMemoryMb;
}
