import {
  CreateQueueCommand,
  DeleteMessageCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { startFauxqs } from 'fauxqs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { QueueSpec, TopicSpec } from '../../infra/description.js';
import type { LocalService, ServiceOptions } from '../LocalService.js';
import { ensurePortFree } from '../listen.js';
import { LOCAL_CREDENTIALS } from '../localAws.js';

export interface SqsSnsService extends LocalService {
  queueUrl(queue: string): string;
  queueArn(queue: string): string;
  deadLetterQueueUrl(queue: string): string;
  topicArn(topic: string): string;
}

export interface SqsSnsOptions extends ServiceOptions {
  readonly queues: Readonly<Record<string, QueueSpec>>;
  readonly topics: Readonly<Record<string, TopicSpec>>;
  /** Values of the description's context parameters (the email addresses topics deliver to). */
  readonly context: Readonly<Record<string, string>>;
  /** Delivers an SNS email notification; the twin sends it through the SES twin to its mailbox. */
  readonly sendEmail: (to: string, subject: string, text: string) => Promise<void>;
}

interface SavedMessage {
  readonly body: string;
  readonly attributes?: Record<string, { DataType: string; StringValue?: string }>;
}

/** fauxqs names accounts 000000000000 in every ARN and URL. */
const FAUXQS_ACCOUNT = '000000000000';

/**
 * SQS and SNS on one port (fauxqs 1.x: SQS JSON protocol, SNS query protocol, SNS → SQS delivery). The
 * queues of the description get their dead-letter queue (`<name>-dlq`) and redrive policy; topics get
 * their email subscriptions, which fauxqs does not deliver: each topic with one is relayed through an
 * internal queue to `sendEmail`. fauxqs keeps nothing on disk, so with a state folder the messages
 * waiting in each queue are saved on stop and sent again at start (as new messages: receive counts
 * start over).
 */
export async function startSqsSns(options: SqsSnsOptions): Promise<SqsSnsService> {
  await ensurePortFree(options.port, 'sqs/sns');
  const server = await startFauxqs({
    port: options.port,
    logger: false,
    host: '127.0.0.1',
    defaultRegion: options.region,
  });
  const endpoint = `http://127.0.0.1:${server.port}`;
  const clientConfig = {
    endpoint,
    region: options.region,
    credentials: LOCAL_CREDENTIALS,
  };
  const sqs = new SQSClient(clientConfig);
  const sns = new SNSClient(clientConfig);
  const arn = (service: string, name: string): string =>
    `arn:aws:${service}:${options.region}:${FAUXQS_ACCOUNT}:${name}`;
  const queueUrls = new Map<string, string>();

  for (const [name, spec] of Object.entries(options.queues)) {
    const dlq = await sqs.send(
      new CreateQueueCommand({
        QueueName: `${name}-dlq`,
        Attributes: { MessageRetentionPeriod: String(spec.deadLetterRetentionDays * 86_400) },
      }),
    );
    queueUrls.set(`${name}-dlq`, dlq.QueueUrl!);
    const queue = await sqs.send(
      new CreateQueueCommand({
        QueueName: name,
        Attributes: {
          VisibilityTimeout: String(spec.visibilityTimeoutSeconds),
          MessageRetentionPeriod: String(spec.retentionDays * 86_400),
          RedrivePolicy: JSON.stringify({
            deadLetterTargetArn: arn('sqs', `${name}-dlq`),
            maxReceiveCount: spec.maxReceiveCount,
          }),
        },
      }),
    );
    queueUrls.set(name, queue.QueueUrl!);
  }

  const relays: Array<{ readonly queueUrl: string; readonly to: string }> = [];
  for (const [name, spec] of Object.entries(options.topics)) {
    const { TopicArn } = await sns.send(new CreateTopicCommand({ Name: name }));
    const to = spec.emailSubscriptionContext && options.context[spec.emailSubscriptionContext];
    if (!to) continue;
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'email', Endpoint: to }));
    const relayName = `shopsync-email-relay-${name}`;
    const relay = await sqs.send(new CreateQueueCommand({ QueueName: relayName }));
    await sns.send(new SubscribeCommand({ TopicArn, Protocol: 'sqs', Endpoint: arn('sqs', relayName) }));
    relays.push({ queueUrl: relay.QueueUrl!, to });
  }

  const file = options.stateDir && path.join(options.stateDir, 'sqs-messages.json');
  if (file) {
    mkdirSync(options.stateDir, { recursive: true });
    for (const [queue, messages] of Object.entries(readSaved(file))) {
      const url = queueUrls.get(queue);
      if (!url) continue;
      for (const message of messages) {
        await sqs.send(
          new SendMessageCommand({
            QueueUrl: url,
            MessageBody: message.body,
            MessageAttributes: message.attributes,
          }),
        );
      }
    }
  }

  const abort = new AbortController();
  const relaying = relays.map((relay) => relayEmails(sqs, relay, options, abort.signal));
  let stopped = false;

  const find = (map: ReadonlyMap<string, string>, name: string): string => {
    const value = map.get(name);
    if (!value) throw new Error(`No queue "${name}" in the stack description`);
    return value;
  };
  return {
    name: 'sqs/sns',
    endpoint,
    queueUrl: (queue) => find(queueUrls, queue),
    deadLetterQueueUrl: (queue) => find(queueUrls, `${queue}-dlq`),
    queueArn: (queue) => arn('sqs', queue),
    topicArn: (topic) => {
      if (!(topic in options.topics)) throw new Error(`No topic "${topic}" in the stack description`);
      return arn('sns', topic);
    },
    stop: async () => {
      if (stopped) return;
      stopped = true;
      abort.abort();
      await Promise.allSettled(relaying);
      if (file) writeFileSync(file, JSON.stringify(waitingMessages(server, [...queueUrls.keys()]), null, 1));
      sqs.destroy();
      sns.destroy();
      await server.stop();
    },
  };
}

/** Moves SNS notifications from a relay queue to email, one message at a time, until aborted. */
async function relayEmails(
  sqs: SQSClient,
  relay: { readonly queueUrl: string; readonly to: string },
  options: SqsSnsOptions,
  signal: AbortSignal,
): Promise<void> {
  while (!signal.aborted) {
    try {
      const { Messages = [] } = await sqs.send(
        new ReceiveMessageCommand({ QueueUrl: relay.queueUrl, WaitTimeSeconds: 1, MaxNumberOfMessages: 10 }),
        { abortSignal: signal },
      );
      for (const message of Messages) {
        const notification = JSON.parse(message.Body ?? '{}') as {
          Subject?: string;
          Message?: string;
          TopicArn?: string;
        };
        const subject =
          notification.Subject ?? `AWS Notification Message (${notification.TopicArn ?? 'SNS'})`;
        await options.sendEmail(relay.to, subject, notification.Message ?? '');
        await sqs.send(
          new DeleteMessageCommand({ QueueUrl: relay.queueUrl, ReceiptHandle: message.ReceiptHandle }),
        );
      }
    } catch (error) {
      if (signal.aborted) return;
      // A failed delivery stays in the relay queue and is retried after its visibility timeout.
      options.log?.(`sns email relay to ${relay.to}: ${(error as Error).message}`);
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
  }
}

function waitingMessages(
  server: Awaited<ReturnType<typeof startFauxqs>>,
  queues: readonly string[],
): Record<string, SavedMessage[]> {
  const saved: Record<string, SavedMessage[]> = {};
  for (const name of queues) {
    const queue = server.inspectQueue(name);
    if (!queue) continue;
    const { ready, delayed, inflight } = queue.messages;
    saved[name] = [...ready, ...delayed, ...inflight.map((entry) => entry.message)].map((message) => ({
      body: message.body,
      ...(message.messageAttributes && Object.keys(message.messageAttributes).length > 0
        ? { attributes: message.messageAttributes }
        : {}),
    }));
  }
  return saved;
}

function readSaved(file: string): Record<string, SavedMessage[]> {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as Record<string, SavedMessage[]>;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw new Error(`Cannot read saved queue messages at ${file}: ${(error as Error).message}`, {
      cause: error,
    });
  }
}
