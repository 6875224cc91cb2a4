import {
  InvokeCommand,
  LambdaClient,
  LambdaServiceException,
  ResourceNotFoundException,
} from '@aws-sdk/client-lambda';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixtureFunctions, TEST_LAMBDA } from './fixtures/fixtureFunctions.js';
import { startLambda } from './index.js';
import type { LambdaService } from './index.js';
import { LOCAL_CREDENTIALS } from '../localAws.js';

const { echo, fail, record } = fixtureFunctions;

describe('Lambda Invoke API (contract with @aws-sdk/client-lambda)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lambda-api-test-'));
  const recordFile = path.join(dir, 'record.jsonl');
  let lambda: LambdaService;
  let client: LambdaClient;

  const text = (payload: Uint8Array | undefined): string => new TextDecoder().decode(payload);
  const json = (payload: Uint8Array | undefined): Record<string, unknown> =>
    JSON.parse(text(payload)) as Record<string, unknown>;
  const rejection = (command: InvokeCommand): Promise<unknown> =>
    client.send(command).then(
      () => {
        throw new Error('expected the call to fail');
      },
      (error: unknown) => error,
    );

  beforeAll(async () => {
    lambda = await startLambda({
      ...TEST_LAMBDA,
      functions: { echo, fail, record },
      environment: () => ({ RECORD_FILE: recordFile }),
    });
    client = new LambdaClient({
      endpoint: lambda.endpoint,
      region: 'us-east-1',
      credentials: LOCAL_CREDENTIALS,
    });
  });

  afterAll(async () => {
    client?.destroy();
    await lambda?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('RequestResponse answers 200 with the handler’s result and the executed version', async () => {
    const response = await client.send(
      new InvokeCommand({ FunctionName: 'echo', Payload: JSON.stringify({ order: 'o-1' }) }),
    );
    expect(response.StatusCode).toBe(200);
    expect(response.ExecutedVersion).toBe('$LATEST');
    expect(response.FunctionError).toBeUndefined();
    expect(response.LogResult).toBeUndefined();
    expect(json(response.Payload)).toMatchObject({
      event: { order: 'o-1' },
      calls: expect.any(Number) as number,
    });
  });

  it('an empty payload reaches the handler as {}', async () => {
    const response = await client.send(new InvokeCommand({ FunctionName: 'echo' }));
    expect(json(response.Payload).event).toEqual({});
  });

  it('Event answers 202 at once and runs the function in the background', async () => {
    const response = await client.send(
      new InvokeCommand({ FunctionName: 'record', InvocationType: 'Event', Payload: '{"id":"event-1"}' }),
    );
    expect(response.StatusCode).toBe(202);
    expect(response.Payload?.length ?? 0).toBe(0);
    await expect
      .poll(() => existsSync(recordFile) && readFileSync(recordFile, 'utf8'), { timeout: 5000 })
      .toContain('{"id":"event-1"}');
  });

  it('DryRun answers 204 without running the function', async () => {
    const response = await client.send(
      new InvokeCommand({ FunctionName: 'record', InvocationType: 'DryRun', Payload: '{"id":"dry"}' }),
    );
    expect(response.StatusCode).toBe(204);
  });

  it('LogType Tail returns the base64 tail of the call’s log', async () => {
    const response = await client.send(
      new InvokeCommand({ FunctionName: 'echo', LogType: 'Tail', Payload: '{"tail":true}' }),
    );
    const log = Buffer.from(response.LogResult ?? '', 'base64').toString('utf8');
    const requestId = response.$metadata.requestId ?? '';
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(log).toContain(`START RequestId: ${requestId} Version: $LATEST`);
    expect(log).toContain(`\t${requestId}\tINFO\techo {"tail":true}`);
    expect(log).toContain(`END RequestId: ${requestId}`);
    expect(log).toMatch(
      new RegExp(`REPORT RequestId: ${requestId}\\tDuration: [\\d.]+ ms\\tBilled Duration: \\d+ ms`),
    );
  });

  it('keeps the tail to the last 4 KB', async () => {
    const big = 'x'.repeat(10_000);
    const response = await client.send(
      new InvokeCommand({ FunctionName: 'echo', LogType: 'Tail', Payload: JSON.stringify({ big }) }),
    );
    const log = Buffer.from(response.LogResult ?? '', 'base64');
    expect(log.length).toBe(4096);
    expect(log.toString('utf8')).toContain('REPORT RequestId:');
  });

  it('a handler error answers 200 with X-Amz-Function-Error Unhandled and the error document', async () => {
    const response = await client.send(
      new InvokeCommand({ FunctionName: 'fail', Payload: JSON.stringify({ reason: 'no stock' }) }),
    );
    expect(response.StatusCode).toBe(200);
    expect(response.FunctionError).toBe('Unhandled');
    const payload = json(response.Payload);
    expect(payload).toMatchObject({ errorType: 'OrderRejectedError', errorMessage: 'no stock' });
    expect(Array.isArray(payload.trace)).toBe(true);
  });

  it('accepts a full ARN, a partial ARN and the $LATEST qualifier as FunctionName', async () => {
    for (const FunctionName of [
      lambda.functionArn('echo'),
      'arn:aws:lambda:us-east-1:123456789012:function:echo:$LATEST',
      '123456789012:function:echo',
      'echo:$LATEST',
    ]) {
      const response = await client.send(new InvokeCommand({ FunctionName, Payload: '{"by":"arn"}' }));
      expect(json(response.Payload).event).toEqual({ by: 'arn' });
    }
    const qualified = await client.send(new InvokeCommand({ FunctionName: 'echo', Qualifier: '$LATEST' }));
    expect(qualified.StatusCode).toBe(200);
  });

  it('an unknown function is ResourceNotFoundException (404) with AWS’s message', async () => {
    const error = await rejection(new InvokeCommand({ FunctionName: 'nope', Payload: '{}' }));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error).toMatchObject({
      name: 'ResourceNotFoundException',
      message: 'Function not found: arn:aws:lambda:us-east-1:123456789012:function:nope',
      $metadata: { httpStatusCode: 404 },
    });
  });

  it('an ARN of another account or region, or another qualifier, is not found', async () => {
    for (const [FunctionName, Qualifier, arn] of [
      [
        'arn:aws:lambda:us-east-1:000000000000:function:echo',
        undefined,
        'arn:aws:lambda:us-east-1:000000000000:function:echo',
      ],
      [
        'arn:aws:lambda:eu-west-1:123456789012:function:echo',
        undefined,
        'arn:aws:lambda:eu-west-1:123456789012:function:echo',
      ],
      ['echo', 'prod', 'arn:aws:lambda:us-east-1:123456789012:function:echo:prod'],
    ] as const) {
      const error = await rejection(new InvokeCommand({ FunctionName, ...(Qualifier ? { Qualifier } : {}) }));
      expect(error).toMatchObject({
        name: 'ResourceNotFoundException',
        message: `Function not found: ${arn}`,
      });
    }
  });

  it('a payload that is not JSON is InvalidRequestContentException (400)', async () => {
    const error = await rejection(new InvokeCommand({ FunctionName: 'echo', Payload: 'not json' }));
    expect(error).toBeInstanceOf(LambdaServiceException);
    expect(error).toMatchObject({
      name: 'InvalidRequestContentException',
      $metadata: { httpStatusCode: 400 },
    });
    expect((error as Error).message).toMatch(/^Could not parse request body into json: /);
  });

  it('a payload over 6 MB is RequestTooLargeException (413)', async () => {
    const error = await rejection(
      new InvokeCommand({ FunctionName: 'echo', Payload: JSON.stringify({ big: 'x'.repeat(6_300_000) }) }),
    );
    expect(error).toMatchObject({
      name: 'RequestTooLargeException',
      message: 'Request must be smaller than 6291456 bytes for the InvokeFunction operation',
      $metadata: { httpStatusCode: 413 },
    });
  });

  it('an invocation type outside the enum is ValidationException (400)', async () => {
    const error = await rejection(
      new InvokeCommand({ FunctionName: 'echo', InvocationType: 'Later' as 'Event', Payload: '{}' }),
    );
    expect(error).toMatchObject({
      name: 'ValidationException',
      message:
        "1 validation error detected: Value 'Later' at 'invocationType' failed to satisfy constraint: Member must satisfy enum value set: [Event, RequestResponse, DryRun]",
      $metadata: { httpStatusCode: 400 },
    });
  });
});
