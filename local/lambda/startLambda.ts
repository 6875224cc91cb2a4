import { SQSClient } from '@aws-sdk/client-sqs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FunctionSpec } from '../../infra/description.js';
import type { LocalService, ServiceOptions } from '../LocalService.js';
import { guardRequest } from '../guardRequest.js';
import { close, listen } from '../listen.js';
import { bundleLambda, copyLambdaBundles } from './bundleLambda.js';
import { FunctionPool } from './FunctionPool.js';
import { lambdaApi } from './lambdaApi.js';
import { lambdaEnvironment } from './lambdaEnvironment.js';
import { LambdaProvider } from './LambdaProvider.js';
import type { LambdaFunction } from './LambdaProvider.js';
import { SqsEventSource } from './SqsEventSource.js';
import { LOCAL_CREDENTIALS } from '../localAws.js';

export interface LambdaOptions extends ServiceOptions {
  /** The repository root; each function's `entry` is relative to it. */
  readonly rootDir: string;
  /** The functions to deploy, by name (`shop.functions`). */
  readonly functions: Readonly<Record<string, FunctionSpec>>;
  /**
   * A function's own environment: `functionEnvironment(spec, locator)` plus the `AWS_ENDPOINT_URL_<SERVICE>`
   * variables of the twin. The twin adds Lambda's reserved variables (`AWS_REGION`,
   * `AWS_LAMBDA_FUNCTION_NAME`, ...) and, unless given here, `local` credentials. Called at each cold start.
   */
  readonly environment: (name: string) => Record<string, string>;
  /** The URL of a queue named in an `sqs` trigger; required when a function has one. */
  readonly queueUrl?: (queue: string) => string;
  /**
   * Where the SQS pollers send their requests. Default: the queue URL's origin, with a `*.localhost` host
   * (fauxqs writes `sqs.<region>.localhost`, which the system resolver may not know) read as 127.0.0.1.
   */
  readonly sqsEndpoint?: string;
  /**
   * Workers per function at most, like a reserved concurrency: each is a V8 heap of its own, so the cap
   * bounds the twin's memory; further calls wait in line for a free worker (where Lambda would throttle
   * them), and an SQS trigger keeps as many batches in flight. One number for every function, or a
   * number per function name, the others taking the default. Default `DEFAULT_CONCURRENCY`.
   */
  readonly concurrency?: number | Readonly<Record<string, number>>;
  /**
   * A worker idle this long is ended, as Lambda reclaims idle execution environments, so that the
   * memory of a burst returns. Default `DEFAULT_IDLE_TIMEOUT_MS`; `Infinity` keeps idle workers.
   */
  readonly idleTimeoutMs?: number;
  /**
   * A folder `bundleLambda` wrote for these functions (`npm start`'s build): its bundles are copied and
   * run instead of being made here. Without it, every function is bundled at start.
   */
  readonly builtDir?: string;
}

/**
 * Workers per function unless `concurrency` says otherwise: two, so that one slow call does not hold up
 * the next. The functions wait mostly on the twin's own services: on a 2-core machine, 1, 2 and 4 catalog
 * workers served the same `products` reads per second (about 500, within the noise), and each worker
 * held 40 to 55 MB after the load.
 */
export const DEFAULT_CONCURRENCY = 2;

/** How long a worker stays warm without a call: five minutes, about what Lambda is seen to keep one. */
export const DEFAULT_IDLE_TIMEOUT_MS = 5 * 60_000;

export interface InvokeOptions {
  /** `RequestResponse` (default) waits for the result; `Event` only queues the call. */
  readonly invocationType?: 'RequestResponse' | 'Event';
}

/** A call's outcome, for in-process callers (AppSync's Lambda data sources, Cognito triggers, Scheduler). */
export interface InvokeResult {
  /** 200 for a finished call, 202 for a queued `Event`. */
  readonly statusCode: 200 | 202;
  /** The handler's result parsed from JSON, or the error document `{ errorType, errorMessage, trace }`. */
  readonly payload: unknown;
  /** `Unhandled` when the function failed. */
  readonly functionError?: string;
  readonly durationMs: number;
  readonly maxMemoryMb: number;
  readonly requestId?: string;
  /** The call's log (START … REPORT). */
  readonly log?: string;
}

export interface LambdaService extends LocalService {
  /**
   * Invokes a function by name or ARN. Rejects with an `AwsError` `ResourceNotFoundException` for an
   * unknown function; function failures resolve with `functionError`.
   */
  invoke(functionName: string, event: unknown, options?: InvokeOptions): Promise<InvokeResult>;
  /** `arn:aws:lambda:<region>:<account>:function:<name>`. */
  functionArn(name: string): string;
  /** How many times the function has been invoked, by any caller (CloudWatch's `Invocations`). */
  invocations(functionName: string): number;
  /** The function's workers alive or starting now (0 for an unknown function). Not a Lambda API operation. */
  workers(functionName: string): number;
  /**
   * Fault injection for tests: ends the function's calls in flight as a crash of the runtime process
   * would (`FunctionPool.crash`); each answers `Runtime.ExitError`, so an SQS event source leaves its
   * batch for redelivery. Resolves to how many calls were ended (0 when none was running). Rejects with
   * an `AwsError` `ResourceNotFoundException` for an unknown function. Not a Lambda API operation.
   */
  crash(functionName: string): Promise<number>;
}

/**
 * Starts the Lambda twin: bundles every function with esbuild (or copies the bundles of `builtDir`) into
 * `<stateDir or a temp dir>/lambda/<name>/`, serves the Lambda `Invoke` API on `port`, runs each function
 * in its own warm `worker_threads` workers (at most `concurrency` each, ended after `idleTimeoutMs` idle)
 * and polls the queues of its `sqs` triggers. Rejects on a build error or a missing trigger queue, leaving nothing running.
 */
export async function startLambda(options: LambdaOptions): Promise<LambdaService> {
  const log = options.log;
  const workerCap = workerCaps(options.functions, options.concurrency);
  const idleTimeoutMs = options.idleTimeoutMs ?? DEFAULT_IDLE_TIMEOUT_MS;
  const tempDir = options.stateDir ? undefined : await mkdtemp(path.join(tmpdir(), 'shopsync-lambda-'));
  const outDir = path.join(options.stateDir ?? tempDir ?? '', 'lambda');
  await mkdir(outDir, { recursive: true });
  const functionArn = (name: string): string =>
    `arn:aws:lambda:${options.region}:${options.accountId}:function:${name}`;

  const functions = new Map<string, LambdaFunction>();
  const sources: SqsEventSource[] = [];
  const server = createServer();
  let sqs: SQSClient | undefined;
  const teardown = async (): Promise<void> => {
    await Promise.all([
      ...sources.map((source) => source.stop()),
      ...[...functions.values()].map((fn) => fn.pool.stop()),
    ]);
    sqs?.destroy();
    await close(server);
    if (tempDir) await rm(tempDir, { recursive: true, force: true });
  };

  try {
    const { runtimeFile, functions: bundles } = options.builtDir
      ? await copyLambdaBundles(options.functions, options.builtDir, outDir)
      : await bundleLambda(options.functions, { rootDir: options.rootDir, outDir });
    Object.entries(options.functions).forEach(([name, spec]) => {
      const bundle = bundles.get(name);
      if (!bundle) throw new Error(`No bundle for function ${name}`);
      const logGroupName = `/aws/lambda/${name}`;
      const logStreamName = `${new Date().toISOString().slice(0, 10).replaceAll('-', '/')}/[$LATEST]local`;
      const facts = {
        name,
        spec,
        region: options.region,
        taskRoot: bundle.taskRoot,
        logGroupName,
        logStreamName,
      };
      // Read at each cold start, so that endpoints of twins started after this one are seen.
      const env = (): Record<string, string> => lambdaEnvironment(facts, options.environment(name));
      const pool = new FunctionPool({
        runtimeFile,
        init: {
          bundle: bundle.file,
          handlerName: 'handler',
          functionName: name,
          functionArn: functionArn(name),
          memoryMb: spec.memoryMb,
          logGroupName,
          logStreamName,
        },
        env,
        timeoutSeconds: spec.timeoutSeconds,
        concurrency: workerCap.get(name) ?? DEFAULT_CONCURRENCY,
        ...(Number.isFinite(idleTimeoutMs) ? { idleTimeoutMs } : {}),
        ...(log ? { log } : {}),
      });
      functions.set(name, { name, arn: functionArn(name), spec, pool });
    });

    const provider = new LambdaProvider(functions, {
      region: options.region,
      accountId: options.accountId,
      ...(log ? { log } : {}),
    });
    // The SDK sends an Invoke payload as application/octet-stream (a blob); JSON from other clients.
    server.on(
      'request',
      guardRequest(
        { contentTypes: ['application/octet-stream', 'application/json'] },
        lambdaApi(provider, log),
      ),
    );
    const endpoint = await listen(server, options.port, 'lambda');

    for (const fn of functions.values()) {
      for (const trigger of fn.spec.triggers ?? []) {
        if (trigger.kind !== 'sqs') continue;
        if (!options.queueUrl) throw new Error(`${fn.name} has an SQS trigger: startLambda needs queueUrl`);
        const queueUrl = options.queueUrl(trigger.queue);
        sqs ??= new SQSClient({
          region: options.region,
          endpoint: options.sqsEndpoint ?? sqsEndpointOf(queueUrl),
          credentials: LOCAL_CREDENTIALS,
        });
        sources.push(
          await SqsEventSource.start({
            functionName: fn.name,
            trigger,
            queueUrl,
            sqs,
            region: options.region,
            concurrency: fn.pool.concurrency,
            invoke: async (event) => {
              const invocation = await fn.pool.invoke(JSON.stringify(event));
              return {
                payload: JSON.parse(invocation.payload) as unknown,
                ...(invocation.functionError ? { functionError: invocation.functionError } : {}),
              };
            },
            ...(log ? { log } : {}),
          }),
        );
      }
    }
    log?.(`lambda: ${functions.size} functions at ${endpoint} (${[...functions.keys()].join(', ')})`);

    let stopping: Promise<void> | undefined;
    return {
      name: 'lambda',
      endpoint,
      functionArn,
      invocations: (name) => functions.get(name)?.pool.invocations ?? 0,
      workers: (name) => functions.get(name)?.pool.size ?? 0,
      crash: async (functionName) => provider.resolve(functionName).pool.crash(),
      async invoke(functionName, event, invokeOptions = {}) {
        const response = await provider.invoke({
          FunctionName: functionName,
          InvocationType: invokeOptions.invocationType ?? 'RequestResponse',
          Payload: JSON.stringify(event) ?? '{}',
        });
        const invocation = response.invocation;
        if (response.StatusCode !== 200 || !invocation) {
          return { statusCode: 202, payload: undefined, durationMs: 0, maxMemoryMb: 0 };
        }
        return {
          statusCode: 200,
          payload: JSON.parse(invocation.payload) as unknown,
          ...(invocation.functionError ? { functionError: invocation.functionError } : {}),
          durationMs: invocation.durationMs,
          maxMemoryMb: invocation.maxMemoryMb,
          requestId: invocation.requestId,
          log: invocation.log,
        };
      },
      stop: () => (stopping ??= teardown()),
    };
  } catch (error) {
    await teardown();
    throw error;
  }
}

/** Each function's worker cap from `LambdaOptions.concurrency`; throws for a bad number or an unknown name. */
function workerCaps(
  functions: LambdaOptions['functions'],
  concurrency: LambdaOptions['concurrency'],
): Map<string, number> {
  if (typeof concurrency === 'object') {
    const unknown = Object.keys(concurrency).filter((name) => !(name in functions));
    if (unknown.length > 0)
      throw new Error(`startLambda: concurrency names no such function: ${unknown.join(', ')}`);
  }
  return new Map(
    Object.keys(functions).map((name) => {
      const cap =
        typeof concurrency === 'number' ? concurrency : (concurrency?.[name] ?? DEFAULT_CONCURRENCY);
      if (!Number.isInteger(cap) || cap < 1)
        throw new Error(
          `startLambda: concurrency of ${name} must be a whole number of at least 1, not ${cap}`,
        );
      return [name, cap];
    }),
  );
}

function sqsEndpointOf(queueUrl: string): string {
  const url = new URL(queueUrl);
  if (url.hostname === 'localhost' || url.hostname.endsWith('.localhost')) url.hostname = '127.0.0.1';
  return url.origin;
}
