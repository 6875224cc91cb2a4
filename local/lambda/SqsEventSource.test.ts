import {
  CreateQueueCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import type { SQSEvent, SQSRecord } from 'aws-lambda';
import { startFauxqs } from 'fauxqs';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT_DIR } from '../../infra/paths.js';
import type { FunctionSpec } from '../../infra/description.js';
import { batchFunction } from './fixtures/fixtureFunctions.js';
import { startLambda } from './index.js';
import type { LambdaService } from './index.js';
import { LOCAL_CREDENTIALS } from '../localAws.js';

type Fauxqs = Awaited<ReturnType<typeof startFauxqs>>;

/** The batch fixture, triggered by `queue`. */
const consumer = (
  queue: string,
  trigger: { batchSize?: number; maxBatchingWindowSeconds?: number } = {},
): FunctionSpec => ({
  ...batchFunction,
  triggers: [{ ...batchFunction.triggers[0], queue, ...trigger }],
});

describe('SQS event source mapping (fauxqs, @aws-sdk/client-sqs)', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'lambda-sqs-test-'));
  const recordFile = (name: string): string => path.join(dir, `${name}.jsonl`);
  const queueUrls = new Map<string, string>();
  let fauxqs: Fauxqs;
  let sqs: SQSClient;
  let lambda: LambdaService;

  /** Every batch the consumer `name` was handed, in order. */
  const batches = (name: string): SQSRecord[][] =>
    existsSync(recordFile(name))
      ? readFileSync(recordFile(name), 'utf8')
          .trim()
          .split('\n')
          .map((line) => (JSON.parse(line) as SQSEvent).Records)
      : [];
  const deliveries = (name: string, body: string): SQSRecord[] =>
    batches(name)
      .flat()
      .filter((record) => record.body === body);

  /** A queue whose messages move to `<name>-dlq` after `maxReceiveCount` receives. */
  async function createQueue(
    name: string,
    maxReceiveCount: number,
    visibilityTimeoutSeconds = 1,
  ): Promise<{ url: string; dlqUrl: string }> {
    const dlq = await sqs.send(new CreateQueueCommand({ QueueName: `${name}-dlq` }));
    const dlqArn = await queueArn(dlq.QueueUrl ?? '');
    const queue = await sqs.send(
      new CreateQueueCommand({
        QueueName: name,
        Attributes: {
          VisibilityTimeout: String(visibilityTimeoutSeconds),
          RedrivePolicy: JSON.stringify({ deadLetterTargetArn: dlqArn, maxReceiveCount }),
        },
      }),
    );
    queueUrls.set(name, queue.QueueUrl ?? '');
    return { url: queue.QueueUrl ?? '', dlqUrl: dlq.QueueUrl ?? '' };
  }

  async function queueArn(url: string): Promise<string> {
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: url, AttributeNames: ['QueueArn'] }),
    );
    return Attributes?.QueueArn ?? '';
  }

  async function messagesIn(url: string): Promise<number> {
    const { Attributes = {} } = await sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: url,
        AttributeNames: ['ApproximateNumberOfMessages', 'ApproximateNumberOfMessagesNotVisible'],
      }),
    );
    return (
      Number(Attributes.ApproximateNumberOfMessages) +
      Number(Attributes.ApproximateNumberOfMessagesNotVisible)
    );
  }

  /** Messages received from the queue and not yet deleted nor visible again. */
  async function inFlight(url: string): Promise<number> {
    const { Attributes = {} } = await sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: url,
        AttributeNames: ['ApproximateNumberOfMessagesNotVisible'],
      }),
    );
    return Number(Attributes.ApproximateNumberOfMessagesNotVisible);
  }

  async function send(url: string, bodies: readonly string[]): Promise<void> {
    await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: url,
        Entries: bodies.map((body, index) => ({
          Id: String(index),
          MessageBody: body,
          MessageAttributes: {
            kind: { DataType: 'String', StringValue: 'test' },
            blob: { DataType: 'Binary', BinaryValue: new Uint8Array([1, 2, 3]) },
          },
        })),
      }),
    );
  }

  let delivered: { url: string; dlqUrl: string };
  let partial: { url: string; dlqUrl: string };
  let crash: { url: string; dlqUrl: string };
  let windowed: { url: string; dlqUrl: string };

  beforeAll(async () => {
    fauxqs = await startFauxqs({ port: 0, logger: false });
    sqs = new SQSClient({
      endpoint: fauxqs.address,
      region: 'us-east-1',
      credentials: LOCAL_CREDENTIALS,
    });
    delivered = await createQueue('delivered', 3);
    partial = await createQueue('partial', 3);
    crash = await createQueue('crash', 2);
    windowed = await createQueue('windowed', 3, 10);
    // Sent before the pollers start, so that each queue's messages arrive as one batch.
    await send(delivered.url, ['one', 'two', 'three']);
    await send(partial.url, ['ok-1', 'fail-1', 'ok-2']);
    await send(crash.url, ['fine', 'crash']);
    lambda = await startLambda({
      port: 0,
      region: 'us-east-1',
      accountId: '000000000000',
      rootDir: ROOT_DIR,
      functions: {
        delivered: consumer('delivered'),
        partial: consumer('partial'),
        crash: consumer('crash'),
        windowed: consumer('windowed', { batchSize: 3, maxBatchingWindowSeconds: 2 }),
      },
      environment: (name) => ({ RECORD_FILE: recordFile(name) }),
      queueUrl: (queue) => queueUrls.get(queue) ?? '',
      sqsEndpoint: fauxqs.address,
    });
  });

  afterAll(async () => {
    await lambda?.stop();
    sqs?.destroy();
    await fauxqs?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('delivers the messages as one SQSEvent batch and deletes them after success', async () => {
    await expect.poll(() => batches('delivered').length, { timeout: 10_000 }).toBe(1);
    const [records = []] = batches('delivered');
    expect(records.map((record) => record.body).sort()).toEqual(['one', 'three', 'two']);
    const arn = await queueArn(delivered.url);
    for (const record of records) {
      expect(record).toMatchObject({
        messageId: expect.any(String) as string,
        receiptHandle: expect.any(String) as string,
        md5OfBody: expect.any(String) as string,
        eventSource: 'aws:sqs',
        eventSourceARN: arn,
        awsRegion: 'us-east-1',
        attributes: {
          ApproximateReceiveCount: '1',
          SentTimestamp: expect.stringMatching(/^\d+$/) as string,
          SenderId: expect.any(String) as string,
          ApproximateFirstReceiveTimestamp: expect.stringMatching(/^\d+$/) as string,
        },
        messageAttributes: {
          kind: { stringValue: 'test', stringListValues: [], binaryListValues: [], dataType: 'String' },
          blob: { binaryValue: 'AQID', stringListValues: [], binaryListValues: [], dataType: 'Binary' },
        },
      });
    }
    await expect.poll(() => messagesIn(delivered.url), { timeout: 5000 }).toBe(0);
  });

  it('with batchItemFailures deletes the others and redelivers only the failed message until it is dead-lettered', async () => {
    // maxReceiveCount 3: received three times, then moved to the dead-letter queue by the redrive policy.
    await expect.poll(() => deliveries('partial', 'fail-1').length, { timeout: 15_000 }).toBe(3);
    expect(
      deliveries('partial', 'fail-1').map((record) => record.attributes.ApproximateReceiveCount),
    ).toEqual(['1', '2', '3']);
    expect(deliveries('partial', 'ok-1')).toHaveLength(1);
    expect(deliveries('partial', 'ok-2')).toHaveLength(1);
    const dead = await sqs.send(new ReceiveMessageCommand({ QueueUrl: partial.dlqUrl, WaitTimeSeconds: 5 }));
    expect(dead.Messages?.map((message) => message.Body)).toEqual(['fail-1']);
    expect(await messagesIn(partial.url)).toBe(0);
    expect(deliveries('partial', 'fail-1')).toHaveLength(3);
  });

  it('on a function error leaves the whole batch for redelivery, then to the dead-letter queue', async () => {
    await expect.poll(() => deliveries('crash', 'fine').length, { timeout: 15_000 }).toBe(2);
    expect(deliveries('crash', 'crash')).toHaveLength(2);
    const dead = await sqs.send(
      new ReceiveMessageCommand({ QueueUrl: crash.dlqUrl, WaitTimeSeconds: 5, MaxNumberOfMessages: 10 }),
    );
    expect(dead.Messages?.map((message) => message.Body).sort()).toEqual(['crash', 'fine']);
  });

  it('gathers messages for up to maxBatchingWindowSeconds, and invokes once batchSize is reached', async () => {
    await send(windowed.url, ['w-1']);
    // Once the poller holds w-1 (in flight: the queue's visibility timeout is 10 s), its batching window
    // is open; w-2, sent after, can join the batch only by the window's wait.
    await expect.poll(() => inFlight(windowed.url), { timeout: 10_000 }).toBe(1);
    expect(batches('windowed')).toEqual([]);
    await send(windowed.url, ['w-2']);
    await expect.poll(() => batches('windowed').length, { timeout: 10_000 }).toBe(1);
    expect(batches('windowed')[0]?.map((record) => record.body)).toEqual(['w-1', 'w-2']);

    await send(windowed.url, ['w-3', 'w-4', 'w-5', 'w-6']);
    await expect.poll(() => batches('windowed').length, { timeout: 10_000 }).toBe(3);
    expect(batches('windowed').map((records) => records.length)).toEqual([2, 3, 1]);
  });

  it('stops polling on stop()', async () => {
    await lambda.stop();
    await send(delivered.url, ['after-stop']);
    // A poller still running would be waiting in a long poll, ahead of this receive, and take the message
    // first: then it would be delivered and deleted, and never reach this receive. (fauxqs keeps the long
    // poll that stop() aborted and may hand it the message, which then comes back after the queue's
    // one-second visibility timeout.) VisibilityTimeout 0 leaves the message visible in the queue.
    const receivedHere = async (): Promise<string[]> => {
      const { Messages = [] } = await sqs.send(
        new ReceiveMessageCommand({ QueueUrl: delivered.url, VisibilityTimeout: 0, WaitTimeSeconds: 1 }),
      );
      return Messages.map((message) => message.Body ?? '');
    };
    await expect.poll(receivedHere, { timeout: 10_000 }).toEqual(['after-stop']);
    expect(deliveries('delivered', 'after-stop')).toHaveLength(0);
    expect(await messagesIn(delivered.url)).toBe(1);
  });
});
