import {
  DeleteMessageBatchCommand,
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
} from '@aws-sdk/client-sqs';
import type { Message, SQSClient } from '@aws-sdk/client-sqs';
import type { SQSEvent } from 'aws-lambda';
import { setTimeout as sleep } from 'node:timers/promises';
import type { TriggerSpec } from '../../infra/description.js';
import { batchOutcome } from './batchOutcome.js';
import { sqsEvent } from './sqsEvent.js';

export type SqsTrigger = Extract<TriggerSpec, { readonly kind: 'sqs' }>;

export interface SqsEventSourceConfig {
  readonly functionName: string;
  readonly trigger: SqsTrigger;
  readonly queueUrl: string;
  readonly sqs: SQSClient;
  readonly region: string;
  /** Batches in flight at most (the function's concurrency). */
  readonly concurrency: number;
  /** Runs the function synchronously on the event. */
  readonly invoke: (
    event: SQSEvent,
  ) => Promise<{ readonly payload: unknown; readonly functionError?: string }>;
  readonly log?: (line: string) => void;
}

// ReceiveMessage's limits: 10 messages and 20 seconds of long polling per call.
const MAX_MESSAGES_PER_RECEIVE = 10;
const MAX_WAIT_SECONDS = 20;
const RETRY_AFTER_ERROR_MS = 1000;

/**
 * An SQS event source mapping: long-polls the queue, gathers up to `batchSize` messages for at most
 * `maxBatchingWindowSeconds` (none: invoke as soon as messages arrive), invokes the function with an
 * `SQSEvent` and deletes what succeeded (`batchOutcome`). Failed messages are left alone: they come back
 * after the queue's visibility timeout, and the queue's redrive policy moves them to the dead-letter
 * queue after `maxReceiveCount` receives.
 */
export class SqsEventSource {
  readonly #config: SqsEventSourceConfig;
  readonly #queueArn: string;
  readonly #abort = new AbortController();
  readonly #inFlight = new Set<Promise<void>>();
  #loop: Promise<void> = Promise.resolve();

  private constructor(config: SqsEventSourceConfig, queueArn: string) {
    this.#config = config;
    this.#queueArn = queueArn;
  }

  /** Looks the queue up (rejects if it does not exist) and starts polling. */
  static async start(config: SqsEventSourceConfig): Promise<SqsEventSource> {
    let queueArn: string | undefined;
    try {
      const { Attributes } = await config.sqs.send(
        new GetQueueAttributesCommand({ QueueUrl: config.queueUrl, AttributeNames: ['QueueArn'] }),
      );
      queueArn = Attributes?.QueueArn;
    } catch (error) {
      throw new Error(
        `The SQS trigger of ${config.functionName} cannot read queue ${config.trigger.queue} at ${config.queueUrl}: ${(error as Error).message}`,
        { cause: error },
      );
    }
    if (!queueArn) throw new Error(`Queue ${config.queueUrl} has no QueueArn attribute`);
    const source = new SqsEventSource(config, queueArn);
    source.#loop = source.#poll();
    return source;
  }

  /** Stops polling (a pending receive is aborted) and waits for the batches in flight. Idempotent. */
  async stop(): Promise<void> {
    this.#abort.abort();
    await this.#loop;
    await Promise.allSettled([...this.#inFlight]);
  }

  async #poll(): Promise<void> {
    const signal = this.#abort.signal;
    while (!signal.aborted) {
      if (this.#inFlight.size >= this.#config.concurrency) {
        await Promise.race(this.#inFlight);
        continue;
      }
      try {
        const batch = await this.#collectBatch(signal);
        if (batch.length === 0) continue;
        const delivery = this.#deliver(batch)
          .catch((error: Error) => this.#log(`delivery failed: ${error.message}`))
          .finally(() => this.#inFlight.delete(delivery));
        this.#inFlight.add(delivery);
      } catch (error) {
        if (signal.aborted) break;
        this.#log(`receive from ${this.#config.trigger.queue} failed: ${(error as Error).message}`);
        await sleep(RETRY_AFTER_ERROR_MS, undefined, { signal }).catch(() => undefined);
      }
    }
  }

  async #collectBatch(signal: AbortSignal): Promise<Message[]> {
    const { batchSize, maxBatchingWindowSeconds = 0 } = this.#config.trigger;
    const batch: Message[] = [];
    let deadline: number | undefined;
    while (batch.length < batchSize && !signal.aborted) {
      const remainingMs = deadline === undefined ? undefined : deadline - Date.now();
      if (remainingMs !== undefined && remainingMs <= 0) break;
      const waitSeconds =
        remainingMs === undefined
          ? MAX_WAIT_SECONDS
          : Math.min(MAX_WAIT_SECONDS, Math.floor(remainingMs / 1000));
      const { Messages = [] } = await this.#config.sqs.send(
        new ReceiveMessageCommand({
          QueueUrl: this.#config.queueUrl,
          MaxNumberOfMessages: Math.min(MAX_MESSAGES_PER_RECEIVE, batchSize - batch.length),
          WaitTimeSeconds: waitSeconds,
          MessageSystemAttributeNames: ['All'],
          MessageAttributeNames: ['All'],
        }),
        { abortSignal: signal },
      );
      for (const message of Messages) {
        // A message seen again within the window (its visibility timeout ran out) keeps one place in the
        // batch, with the newest receipt handle.
        const seen = batch.findIndex((other) => other.MessageId === message.MessageId);
        if (seen === -1) batch.push(message);
        else batch[seen] = message;
      }
      if (batch.length === 0) continue;
      if (maxBatchingWindowSeconds === 0) break;
      deadline ??= Date.now() + maxBatchingWindowSeconds * 1000;
      if (Messages.length === 0 && waitSeconds === 0) {
        await sleep(Math.min(100, Math.max(0, deadline - Date.now())), undefined, { signal });
      }
    }
    return batch;
  }

  async #deliver(batch: readonly Message[]): Promise<void> {
    const event = sqsEvent(batch, { queueArn: this.#queueArn, region: this.#config.region });
    let call: { readonly payload: unknown; readonly functionError?: string };
    try {
      call = await this.#config.invoke(event);
    } catch (error) {
      this.#log(`batch of ${batch.length} not processed (${(error as Error).message}); left for redelivery`);
      return;
    }
    const outcome = batchOutcome(event.Records, call, this.#config.trigger.reportBatchItemFailures);
    if (outcome.failed.length > 0) {
      this.#log(
        `${outcome.failed.length} of ${batch.length} messages from ${this.#config.trigger.queue} failed; left for redelivery`,
      );
    }
    for (let start = 0; start < outcome.succeeded.length; start += MAX_MESSAGES_PER_RECEIVE) {
      const chunk = outcome.succeeded.slice(start, start + MAX_MESSAGES_PER_RECEIVE);
      try {
        const { Failed = [] } = await this.#config.sqs.send(
          new DeleteMessageBatchCommand({
            QueueUrl: this.#config.queueUrl,
            Entries: chunk.map((record, index) => ({
              Id: String(index),
              ReceiptHandle: record.receiptHandle,
            })),
          }),
        );
        for (const failure of Failed)
          this.#log(`delete failed: ${failure.Code ?? ''} ${failure.Message ?? ''}`);
      } catch (error) {
        this.#log(`delete of ${chunk.length} messages failed: ${(error as Error).message}`);
      }
    }
  }

  #log(line: string): void {
    this.#config.log?.(`[${this.#config.functionName}] sqs: ${line}`);
  }
}
