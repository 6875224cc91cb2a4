import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { functionEnvironment } from '../../infra/environment.js';
import type { ResourceLocator } from '../../infra/environment.js';
import { ROOT_DIR } from '../../infra/paths.js';
import { AwsError } from '../AwsError.js';
import { bundleLambda } from './bundleLambda.js';
import { fixtureFunctions, TEST_LAMBDA } from './fixtures/fixtureFunctions.js';
import { DEFAULT_CONCURRENCY, isReportLine, startLambda } from './index.js';
import type { LambdaService } from './index.js';

interface Echo {
  readonly event: unknown;
  readonly calls: number;
  readonly threadId: number;
  readonly env: Record<string, string>;
  readonly context: Record<string, unknown>;
}

interface Slept {
  readonly calls: number;
  readonly threadId: number;
  readonly startedAt: number;
  readonly endedAt: number;
}

const unused = (): never => {
  throw new Error('The fixture functions use no resources');
};
const noResources: ResourceLocator = {
  tableName: unused,
  queueUrl: unused,
  topicArn: unused,
  database: unused,
  mailFrom: unused,
  adminEmail: unused,
  graphqlUrl: unused,
};

describe('startLambda (in-process invoke)', () => {
  const stateDir = mkdtempSync(path.join(tmpdir(), 'lambda-test-'));
  const recordFile = path.join(stateDir, 'record.jsonl');
  const logLines: string[] = [];
  let lambda: LambdaService;

  beforeAll(async () => {
    lambda = await startLambda({
      ...TEST_LAMBDA,
      stateDir,
      log: (line) => logLines.push(line),
      functions: fixtureFunctions,
      // As the twin does: the function's environment from the stack description, plus the endpoints.
      environment: (name) => ({
        AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:4567',
        RECORD_FILE: recordFile,
        ...(name === 'echoOther' ? { ONLY_OTHER: 'yes' } : {}),
        ...functionEnvironment(fixtureFunctions[name as keyof typeof fixtureFunctions], noResources),
      }),
    });
  });

  afterAll(async () => {
    await lambda?.stop();
    rmSync(stateDir, { recursive: true, force: true });
  });

  it('bundles each function with esbuild into <stateDir>/lambda/<name>/index.mjs', () => {
    for (const name of Object.keys(fixtureFunctions)) {
      expect(existsSync(path.join(stateDir, 'lambda', name, 'index.mjs'))).toBe(true);
    }
  });

  it('counts each function’s invocations, failed or not, and no other function’s', async () => {
    const before = { echo: lambda.invocations('echo'), echoOther: lambda.invocations('echoOther') };
    await Promise.all([lambda.invoke('echo', { n: 1 }), lambda.invoke('echo', { n: 2 })]);
    expect(lambda.invocations('echo')).toBe(before.echo + 2);
    expect(lambda.invocations('echoOther')).toBe(before.echoOther);
    expect(lambda.invocations('no-such-function')).toBe(0);
  });

  it('runs the handler with the event, its context and Lambda’s environment', async () => {
    const result = await lambda.invoke('echo', { hello: 'world' });
    const echo = result.payload as Echo;
    expect(result.statusCode).toBe(200);
    expect(result.functionError).toBeUndefined();
    expect(echo.event).toEqual({ hello: 'world' });
    expect(echo.env).toMatchObject({
      AWS_REGION: 'us-east-1',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_ENDPOINT_URL_DYNAMODB: 'http://127.0.0.1:4567',
      AWS_LAMBDA_FUNCTION_NAME: 'echo',
      AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
      AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '128',
      LAMBDA_TASK_ROOT: path.join(stateDir, 'lambda', 'echo'),
      _HANDLER: 'index.handler',
    });
    expect(echo.context).toMatchObject({
      functionName: 'echo',
      functionVersion: '$LATEST',
      invokedFunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:echo',
      memoryLimitInMB: '128',
      awsRequestId: result.requestId,
    });
    expect(echo.context.remainingMs).toBeGreaterThan(2000);
    expect(echo.context.remainingMs).toBeLessThanOrEqual(3000);
    expect(result.maxMemoryMb).toBeGreaterThan(0);
    expect(result.log).toMatch(new RegExp(`START RequestId: ${result.requestId} Version: \\$LATEST`));
    expect(result.log).toContain(`\t${result.requestId}\tINFO\techo {"hello":"world"}`);
    expect(result.log).toMatch(/REPORT RequestId: .*\tMemory Size: 128 MB\tMax Memory Used: \d+ MB/);
    expect(
      logLines.some((line) => line.startsWith('[echo] ') && line.includes('INFO\techo {"hello":"world"}')),
    ).toBe(true);
    expect(logLines.some((line) => line.startsWith('[echo] ') && line.includes('ERROR\tto stderr'))).toBe(
      true,
    );
  });

  it('logs one REPORT line per call, which isReportLine tells from every other line of the log', async () => {
    const from = logLines.length;
    const { requestId } = await lambda.invoke('echo', { report: true });
    const failed = await lambda.invoke('fail', { reason: 'on purpose' });
    const lines = logLines.slice(from);
    expect(lines.filter(isReportLine)).toEqual([
      expect.stringMatching(new RegExp(`^\\[echo\\] REPORT RequestId: ${requestId}\t`)),
      expect.stringMatching(new RegExp(`^\\[fail\\] REPORT RequestId: ${failed.requestId}\t`)),
    ]);
    // What remains: the function's own lines and the failure, never a REPORT.
    expect(lines.filter((line) => !isReportLine(line))).toEqual(
      expect.arrayContaining([
        expect.stringContaining('INFO\techo {"report":true}'),
        expect.stringMatching(/^\[fail\] .*ERROR\tInvoke Error .*on purpose/),
      ]),
    );
    expect(lines.filter((line) => !isReportLine(line)).join('\n')).not.toContain('REPORT');
  });

  it('keeps the worker warm: module state persists and only the first call reports an init', async () => {
    const first = await lambda.invoke('echoOther', {});
    const second = await lambda.invoke('echoOther', {});
    expect((first.payload as Echo).calls).toBe(1);
    expect((second.payload as Echo).calls).toBe(2);
    expect((second.payload as Echo).threadId).toBe((first.payload as Echo).threadId);
    expect(first.log).toContain('Init Duration:');
    expect(second.log).not.toContain('Init Duration:');
  });

  it('gives each function its own process.env', async () => {
    const [echo, other] = await Promise.all([lambda.invoke('echo', {}), lambda.invoke('echoOther', {})]);
    const env = (result: typeof echo): Record<string, string> => (result.payload as Echo).env;
    expect(env(echo).GREETING).toBe('hello from echo');
    expect(env(other).GREETING).toBe('hello from echoOther');
    expect(env(echo).ONLY_OTHER).toBeUndefined();
    expect(env(other).ONLY_OTHER).toBe('yes');
    expect(env(other).AWS_LAMBDA_FUNCTION_MEMORY_SIZE).toBe('256');
    expect(process.env.GREETING).toBeUndefined();
    expect(process.env.AWS_LAMBDA_FUNCTION_NAME).toBeUndefined();
  });

  it('answers a handler error as an Unhandled function error with errorType, errorMessage and trace', async () => {
    const result = await lambda.invoke('fail', { reason: 'out of stock' });
    expect(result.functionError).toBe('Unhandled');
    const payload = result.payload as { errorType: string; errorMessage: string; trace: string[] };
    expect(payload.errorType).toBe('OrderRejectedError');
    expect(payload.errorMessage).toBe('out of stock');
    expect(payload.trace[0]).toBe('OrderRejectedError: out of stock');
    expect(result.log).toContain('ERROR\tInvoke Error \t{"errorType":"OrderRejectedError"');
  });

  it('answers an error thrown while the module loads, and retries the init on the next call', async () => {
    for (let attempt = 0; attempt < 2; attempt += 1) {
      const result = await lambda.invoke('broken', {});
      expect(result.functionError).toBe('Unhandled');
      expect(result.payload).toMatchObject({
        errorType: 'Error',
        errorMessage: 'cannot start: missing configuration',
      });
    }
  });

  it('times a call out like AWS, ends the worker and starts a fresh one for the next call', async () => {
    const warm = (await lambda.invoke('sleep', { ms: 0 })).payload as Slept;
    const timedOut = await lambda.invoke('sleep', { ms: 5000 });
    expect(timedOut.functionError).toBe('Unhandled');
    expect(timedOut.payload).toEqual({
      errorType: 'Sandbox.Timedout',
      errorMessage: `RequestId: ${timedOut.requestId} Error: Task timed out after 1.00 seconds`,
    });
    expect(timedOut.durationMs).toBeGreaterThanOrEqual(990);
    expect(timedOut.durationMs).toBeLessThan(3000);
    expect(timedOut.log).toContain(`${timedOut.requestId} Task timed out after 1.00 seconds`);
    expect(timedOut.log).toContain('Status: timeout');
    const fresh = (await lambda.invoke('sleep', { ms: 0 })).payload as Slept;
    expect(fresh.calls).toBe(1);
    expect(fresh.threadId).not.toBe(warm.threadId);
  });

  it('ends a worker that exceeds its memory size with Runtime.OutOfMemory', async () => {
    const result = await lambda.invoke('hog', {});
    expect(result.functionError).toBe('Unhandled');
    expect(result.payload).toEqual({
      errorType: 'Runtime.OutOfMemory',
      errorMessage: `RequestId: ${result.requestId} Error: Runtime exited with error: signal: killed`,
    });
  });

  it('queues an Event invocation and answers 202 at once', async () => {
    const result = await lambda.invoke('record', { id: 'async-1' }, { invocationType: 'Event' });
    expect(result.statusCode).toBe(202);
    await expect
      .poll(() => existsSync(recordFile) && readFileSync(recordFile, 'utf8'), { timeout: 5000 })
      .toContain('{"id":"async-1"}');
  });

  it('accepts a function ARN and rejects an unknown function with ResourceNotFoundException', async () => {
    const result = await lambda.invoke(lambda.functionArn('echo'), { via: 'arn' });
    expect((result.payload as Echo).event).toEqual({ via: 'arn' });
    const error = await lambda.invoke('nope', {}).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(AwsError);
    expect(error).toMatchObject({
      code: 'ResourceNotFoundException',
      status: 404,
      message: 'Function not found: arn:aws:lambda:us-east-1:123456789012:function:nope',
    });
  });
});

describe('startLambda concurrency', () => {
  let lambda: LambdaService;

  beforeAll(async () => {
    lambda = await startLambda({
      ...TEST_LAMBDA,
      functions: { sleep: { ...fixtureFunctions.sleep, timeoutSeconds: 10 } },
      environment: () => ({}),
      concurrency: 2,
    });
  });

  afterAll(async () => {
    await lambda?.stop();
  });

  it('runs at most `concurrency` workers per function and queues further calls', async () => {
    const started = Date.now();
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        lambda.invoke('sleep', { ms: 300 }).then((result) => result.payload as Slept),
      ),
    );
    const elapsed = Date.now() - started;
    expect(new Set(results.map((result) => result.threadId)).size).toBe(2);
    const overlapAt = (time: number): number =>
      results.filter((result) => result.startedAt <= time && time < result.endedAt).length;
    expect(Math.max(...results.map((result) => overlapAt(result.startedAt)))).toBe(2);
    expect(elapsed).toBeGreaterThanOrEqual(900);
  });

  it('crashes the calls in flight with Runtime.ExitError, and only them', async () => {
    const warm = (await lambda.invoke('sleep', { ms: 0 })).payload as Slept;
    expect(await lambda.crash('sleep')).toBe(0);
    const idle = (await lambda.invoke('sleep', { ms: 0 })).payload as Slept;
    expect(idle).toMatchObject({ threadId: warm.threadId, calls: warm.calls + 1 });

    const slow = lambda.invoke('sleep', { ms: 8000 });
    // Crashes as soon as the call runs (before that, there is nothing to crash).
    await expect.poll(() => lambda.crash('sleep')).toBe(1);
    const crashed = await slow;
    expect(crashed.functionError).toBe('Unhandled');
    expect(crashed.payload).toEqual({
      errorType: 'Runtime.ExitError',
      errorMessage: `RequestId: ${crashed.requestId} Error: Runtime exited with error: exit status 1`,
    });
    expect(crashed.durationMs).toBeLessThan(8000);
    expect(crashed.log).toContain(
      `\t${crashed.requestId}\tERROR\tInvoke Error \t{"errorType":"Runtime.ExitError"`,
    );

    const after = await lambda.invoke('sleep', { ms: 0 });
    expect(after.functionError).toBeUndefined();
    expect((after.payload as Slept).threadId).not.toBe(warm.threadId);
    await expect(lambda.crash('nope')).rejects.toMatchObject({
      code: 'ResourceNotFoundException',
      status: 404,
    });
  });
});

describe('startLambda workers by default', () => {
  const slow = { ...fixtureFunctions.sleep, timeoutSeconds: 10 };
  let lambda: LambdaService;

  beforeAll(async () => {
    lambda = await startLambda({
      ...TEST_LAMBDA,
      functions: { sleep: slow, sleepMore: slow, sleepIdle: slow },
      environment: () => ({}),
      concurrency: { sleepMore: 3 },
      idleTimeoutMs: 1500,
    });
  });

  afterAll(async () => {
    await lambda?.stop();
  });

  /** Six calls at once; the threads that ran them, and how many ran at the same time at most. */
  async function burst(name: string): Promise<{ readonly threads: number; readonly overlap: number }> {
    const results = await Promise.all(
      Array.from({ length: 6 }, () =>
        lambda.invoke(name, { ms: 200 }).then((result) => result.payload as Slept),
      ),
    );
    const overlapAt = (time: number): number =>
      results.filter((result) => result.startedAt <= time && time < result.endedAt).length;
    return {
      threads: new Set(results.map((result) => result.threadId)).size,
      overlap: Math.max(...results.map((result) => overlapAt(result.startedAt))),
    };
  }

  it('runs at most DEFAULT_CONCURRENCY workers per function, or the number given for it, queueing the rest', async () => {
    expect(DEFAULT_CONCURRENCY).toBe(2);
    expect(await burst('sleep')).toEqual({ threads: DEFAULT_CONCURRENCY, overlap: DEFAULT_CONCURRENCY });
    expect(lambda.workers('sleep')).toBe(DEFAULT_CONCURRENCY);
    expect(await burst('sleepMore')).toEqual({ threads: 3, overlap: 3 });
    expect(lambda.workers('sleepMore')).toBe(3);
    expect(lambda.workers('nope')).toBe(0);
  });

  it('ends a worker left idle for idleTimeoutMs, so that the next call is a cold start', async () => {
    const warm = await lambda.invoke('sleepIdle', { ms: 0 });
    expect(lambda.workers('sleepIdle')).toBe(1);
    await expect.poll(() => lambda.workers('sleepIdle')).toBe(0);
    const cold = await lambda.invoke('sleepIdle', { ms: 0 });
    expect((cold.payload as Slept).calls).toBe(1);
    expect((cold.payload as Slept).threadId).not.toBe((warm.payload as Slept).threadId);
    expect(cold.log).toContain('Init Duration:');
  });

  it('refuses a cap that is not a whole number of at least 1, or that names no function', async () => {
    const options = {
      ...TEST_LAMBDA,
      functions: { sleep: slow },
      environment: () => ({}),
    };
    await expect(startLambda({ ...options, concurrency: 0 })).rejects.toThrow(
      'concurrency of sleep must be a whole number of at least 1, not 0',
    );
    await expect(startLambda({ ...options, concurrency: { sleep: 1.5 } })).rejects.toThrow(
      'concurrency of sleep must be a whole number of at least 1, not 1.5',
    );
    await expect(startLambda({ ...options, concurrency: { slep: 2 } })).rejects.toThrow(
      'concurrency names no such function: slep',
    );
  });

  it('counts idle time from the end of the last call, not from the worker’s start', async () => {
    // Busy longer than idleTimeoutMs, then called again at once: still the same warm worker.
    const first = (await lambda.invoke('sleepIdle', { ms: 2000 })).payload as Slept;
    const second = (await lambda.invoke('sleepIdle', { ms: 0 })).payload as Slept;
    expect(second).toMatchObject({ threadId: first.threadId, calls: first.calls + 1 });
  });
});

describe('startLambda from bundles built before (builtDir)', () => {
  const root = mkdtempSync(path.join(tmpdir(), 'lambda-built-'));
  const builtDir = path.join(root, 'built');
  const stateDir = path.join(root, 'state');
  const functions = { echo: fixtureFunctions.echo };
  const options = {
    ...TEST_LAMBDA,
    functions,
    environment: () => ({}),
  };
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('runs its own copy of the built bundles, untouched by a later build', async () => {
    await bundleLambda(functions, { rootDir: ROOT_DIR, outDir: builtDir });
    const lambda = await startLambda({ ...options, stateDir, builtDir });
    try {
      rmSync(builtDir, { recursive: true, force: true });
      const result = await lambda.invoke('echo', { from: 'built' });
      expect(result.functionError).toBeUndefined();
      expect((result.payload as Echo).event).toEqual({ from: 'built' });
      expect((result.payload as Echo).env.LAMBDA_TASK_ROOT).toBe(path.join(stateDir, 'lambda', 'echo'));
    } finally {
      await lambda.stop();
    }
  });

  it('refuses to start when the folder lacks a bundle, naming the function', async () => {
    await bundleLambda(functions, { rootDir: ROOT_DIR, outDir: builtDir });
    await expect(
      startLambda({
        ...options,
        functions: { ...functions, fail: fixtureFunctions.fail },
        stateDir: path.join(root, 'other'),
        builtDir,
      }),
    ).rejects.toThrow(`${builtDir} holds no bundle of the function fail: build it again`);
  });
});
