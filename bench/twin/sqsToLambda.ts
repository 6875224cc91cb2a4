import {
  CreateQueueCommand,
  DeleteMessageCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { startFauxqs } from 'fauxqs';
import { BroadcastChannel } from 'node:worker_threads';
import { setTimeout as sleep } from 'node:timers/promises';
import { ROOT_DIR } from '../../infra/paths.js';
import { startLambda } from '../../local/lambda/index.js';
import type { LambdaService } from '../../local/lambda/index.js';
import { clientConfig } from './clientConfig.js';
import type { Stamp } from './fixtures/stamp.js';
import type { Report } from './formatReport.js';
import type { Rounds } from './measure.js';
import { measurePair } from './measurePair.js';

// Idle time before each message, so that it finds the consumer parked in a long poll, as a message to a
// quiet queue does, rather than still busy with the previous one. Not counted.
const PAUSE_MS = 5;
const STAMP_TIMEOUT_MS = 10_000;

const msSince = (start: bigint, end: bigint): number => Number(end - start) / 1e6;

/**
 * One SQS message at a time into a Lambda function, from SendMessage to the start of its handler, through
 * the Lambda twin's event source mapping (batch size 1, no batching window) on fauxqs; and, on fauxqs
 * alone, from SendMessage until a parked long-poll ReceiveMessage (the request the twin's poller makes)
 * returns it. Stops fauxqs and the twin.
 */
export async function benchSqsToLambda(rounds: Rounds): Promise<Report> {
  const fauxqs = await startFauxqs({ port: 0, logger: false, host: '127.0.0.1' });
  const endpoint = `http://127.0.0.1:${fauxqs.port}`;
  const sender = new SQSClient(clientConfig(endpoint));
  const receiver = new SQSClient(clientConfig(endpoint));
  const channelName = `bench-stamps-${process.pid}`;
  const channel = new BroadcastChannel(channelName);
  let lambda: LambdaService | undefined;
  try {
    const queueUrl = async (name: string): Promise<string> =>
      (await sender.send(new CreateQueueCommand({ QueueName: name }))).QueueUrl ?? '';
    const twinQueue = await queueUrl('bench-twin');
    const directQueue = await queueUrl('bench-direct');

    const waiting = new Map<string, (startedAt: bigint) => void>();
    channel.onmessage = (message) => {
      const { body, startedAt } = message.data as Stamp;
      waiting.get(body)?.(startedAt);
      waiting.delete(body);
    };
    const handlerStart = (body: string): Promise<bigint> =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () => reject(new Error(`message ${body} did not reach the handler in ${STAMP_TIMEOUT_MS} ms`)),
          STAMP_TIMEOUT_MS,
        );
        waiting.set(body, (startedAt) => {
          clearTimeout(timer);
          resolve(startedAt);
        });
      });

    lambda = await startLambda({
      port: 0,
      region: 'us-east-1',
      accountId: '000000000000',
      rootDir: ROOT_DIR,
      functions: {
        stamp: {
          description: 'Posts the moment its handler starts for each record',
          entry: 'bench/twin/fixtures/stamp.ts',
          memoryMb: 128,
          timeoutSeconds: 3,
          triggers: [{ kind: 'sqs', queue: 'bench-twin', batchSize: 1, reportBatchItemFailures: false }],
        },
      },
      environment: () => ({ STAMP_CHANNEL: channelName }),
      queueUrl: () => twinQueue,
      sqsEndpoint: endpoint,
    });

    const throughTwin = async (round: number): Promise<number> => {
      await sleep(PAUSE_MS);
      const body = `twin-${round}`;
      const started = handlerStart(body);
      const sentAt = process.hrtime.bigint();
      await sender.send(new SendMessageCommand({ QueueUrl: twinQueue, MessageBody: body }));
      return msSince(sentAt, await started);
    };
    const direct = async (round: number): Promise<number> => {
      const receiving = receiver.send(
        new ReceiveMessageCommand({
          QueueUrl: directQueue,
          MaxNumberOfMessages: 1,
          WaitTimeSeconds: 20,
          MessageSystemAttributeNames: ['All'],
          MessageAttributeNames: ['All'],
        }),
      );
      await sleep(PAUSE_MS);
      const sentAt = process.hrtime.bigint();
      await sender.send(new SendMessageCommand({ QueueUrl: directQueue, MessageBody: `direct-${round}` }));
      const { Messages = [] } = await receiving;
      const receivedAt = process.hrtime.bigint();
      const receiptHandle = Messages[0]?.ReceiptHandle;
      if (!receiptHandle) throw new Error(`message direct-${round} was not received`);
      await receiver.send(new DeleteMessageCommand({ QueueUrl: directQueue, ReceiptHandle: receiptHandle }));
      return msSince(sentAt, receivedAt);
    };
    const latency = await measurePair(rounds, throughTwin, direct);

    return {
      title: 'SQS message to a Lambda handler',
      rows: [
        { label: 'twin (send → handler start)', latency: latency.twin },
        { label: 'fauxqs direct (send → received)', latency: latency.direct },
      ],
      ratio: true,
      notes: [
        `batch size 1, no batching window; ${PAUSE_MS} ms idle before each message, so that it finds the consumer in a long poll`,
        'the twin adds: event building, handing the event to the function’s warm worker thread, the handler call',
      ],
    };
  } finally {
    channel.close();
    await lambda?.stop();
    sender.destroy();
    receiver.destroy();
    await fauxqs.stop();
  }
}
