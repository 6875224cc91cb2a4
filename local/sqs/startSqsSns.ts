import {
  CreateQueueCommand,
  DeleteMessageCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { CreateTopicCommand, SNSClient, SubscribeCommand } from '@aws-sdk/client-sns';
import { buildApp } from 'fauxqs';
import { mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import type { QueueSpec, TopicSpec } from '../../infra/description.js';
import type { LocalService, ServiceOptions } from '../LocalService.js';
import { guardRequest } from '../guardRequest.js';
import { close, listen } from '../listen.js';
import { LOCAL_CREDENTIALS } from '../localAws.js';
import { isSqsQueryRequest, sqsQueryProtocol } from './sqsQueryProtocol.js';
import { replaceFileSync } from '../replaceFileSync.js';

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
 * SQS and SNS on one port (fauxqs 1.x: SQS JSON protocol, SNS query protocol, SNS → SQS delivery; SQS's
 * query protocol, which older clients such as Debian's AWS CLI speak, through `sqsQueryProtocol`). The
 * queues of the description get their dead-letter queue (`<name>-dlq`) and redrive policy; topics get
 * their email subscriptions, which fauxqs does not deliver: each topic with one is relayed through an
 * internal queue to `sendEmail`. fauxqs keeps nothing on disk, so with a state folder the messages
 * waiting in each queue are saved on stop and sent again at start (as new messages: receive counts
 * start over).
 *
 * fauxqs's own `startFauxqs` listens on every interface (its `host` option only names queue URLs), so
 * the twin serves fauxqs's app (`buildApp`) from its own server on 127.0.0.1, behind `guardRequest`.
 */
export async function startSqsSns(options: SqsSnsOptions): Promise<SqsSnsService> {
  // `host` makes queue URLs `http://sqs.<region>.127.0.0.1:<port>/...`; SDK clients send to the endpoint.
  const app = buildApp({ logger: false, host: '127.0.0.1', defaultRegion: options.region });
  await app.ready();
  const sqsQuery = sqsQueryProtocol(async (action, input, headers) => {
    const answer = await app.inject({
      method: 'POST',
      url: '/',
      headers: {
        ...headers,
        'content-type': 'application/x-amz-json-1.0',
        'x-amz-target': `AmazonSQS.${action}`,
      },
      payload: JSON.stringify(input),
    });
    const queryError = answer.headers['x-amzn-query-error'];
    return {
      status: answer.statusCode,
      ...(typeof queryError === 'string' ? { queryError } : {}),
      body: answer.body,
    };
  });
  const server = createServer(
    guardRequest(
      // SQS speaks AWS JSON 1.0 (fauxqs routes by content type) or the query protocol; SNS the query
      // protocol. Both query protocols are form-encoded: a call signed for SQS is SQS's.
      { contentTypes: ['application/x-amz-json-1.0', 'application/x-www-form-urlencoded'] },
      (request, response) =>
        isSqsQueryRequest(request) ? sqsQuery(request, response) : app.routing(request, response),
    ),
  );
  let endpoint: string;
  try {
    endpoint = await listen(server, options.port, 'sqs/sns');
  } catch (error) {
    await app.close();
    throw error;
  }
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
      if (file)
        replaceFileSync(file, JSON.stringify(await waitingMessages(app, [...queueUrls.keys()]), null, 1));
      sqs.destroy();
      sns.destroy();
      // fauxqs answers its pending long polls as it closes; then no connection is left to wait for.
      await app.close();
      const closing = close(server);
      server.closeAllConnections();
      await closing;
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

/** What fauxqs's `GET /_fauxqs/queues/<name>` tells of a queue's messages (its `inspectQueue`). */
interface InspectedQueue {
  readonly messages: {
    readonly ready: readonly InspectedMessage[];
    readonly delayed: readonly InspectedMessage[];
    readonly inflight: readonly { readonly message: InspectedMessage }[];
  };
}

interface InspectedMessage {
  readonly body: string;
  readonly messageAttributes?: SavedMessage['attributes'];
}

/** Every message each queue holds, read without receiving it (fauxqs's inspection route, in process). */
async function waitingMessages(
  app: ReturnType<typeof buildApp>,
  queues: readonly string[],
): Promise<Record<string, SavedMessage[]>> {
  const saved: Record<string, SavedMessage[]> = {};
  for (const name of queues) {
    const inspected = await app.inject({ method: 'GET', url: `/_fauxqs/queues/${encodeURIComponent(name)}` });
    if (inspected.statusCode !== 200) continue;
    const queue = inspected.json<InspectedQueue>();
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
