import {
  GetQueueAttributesCommand,
  ReceiveMessageCommand,
  SendMessageCommand,
  SQSClient,
} from '@aws-sdk/client-sqs';
import { PublishCommand, SNSClient } from '@aws-sdk/client-sns';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shop } from '../../infra/shop.js';
import { startSqsSns } from './startSqsSns.js';
import type { SqsSnsOptions } from './startSqsSns.js';
import { LOCAL_CREDENTIALS } from '../localAws.js';

const stateDir = mkdtempSync(path.join(tmpdir(), 'shopsync-sqs-'));
afterAll(() => rmSync(stateDir, { recursive: true, force: true }));

const credentials = LOCAL_CREDENTIALS;
const sent: Array<{ to: string; subject: string; text: string }> = [];
const options: SqsSnsOptions = {
  port: 0,
  stateDir,
  region: 'us-east-1',
  accountId: '000000000000',
  queues: shop.queues,
  topics: shop.topics,
  context: { adminEmail: 'admin@shopsync.local' },
  sendEmail: (to, subject, text) => {
    sent.push({ to, subject, text });
    return Promise.resolve();
  },
};

describe('SQS and SNS twin (fauxqs)', () => {
  it('creates the queues of the description with their dead-letter queue and redrive policy', async () => {
    const twin = await startSqsSns({ ...options, stateDir: undefined });
    const sqs = new SQSClient({ endpoint: twin.endpoint, region: 'us-east-1', credentials });
    const { Attributes } = await sqs.send(
      new GetQueueAttributesCommand({ QueueUrl: twin.queueUrl('orders'), AttributeNames: ['All'] }),
    );
    expect(Attributes?.VisibilityTimeout).toBe(String(shop.queues.orders!.visibilityTimeoutSeconds));
    expect(JSON.parse(Attributes!.RedrivePolicy!)).toEqual({
      deadLetterTargetArn: twin.queueArn('orders-dlq'),
      maxReceiveCount: shop.queues.orders!.maxReceiveCount,
    });
    sqs.destroy();
    await twin.stop();
  });

  it('moves a message that keeps failing to the dead-letter queue after max receives', async () => {
    const twin = await startSqsSns({ ...options, stateDir: undefined });
    const sqs = new SQSClient({ endpoint: twin.endpoint, region: 'us-east-1', credentials });
    await sqs.send(new SendMessageCommand({ QueueUrl: twin.queueUrl('orders'), MessageBody: 'poison' }));
    const receive = (url: string) =>
      sqs.send(new ReceiveMessageCommand({ QueueUrl: url, VisibilityTimeout: 0, WaitTimeSeconds: 0 }));
    for (let attempt = 1; attempt <= shop.queues.orders!.maxReceiveCount; attempt += 1) {
      const { Messages = [] } = await receive(twin.queueUrl('orders'));
      expect(
        Messages.map((m) => m.Body),
        `receive ${attempt}`,
      ).toEqual(['poison']);
    }
    expect((await receive(twin.queueUrl('orders'))).Messages ?? []).toEqual([]);
    const dead = await receive(twin.deadLetterQueueUrl('orders'));
    expect(dead.Messages?.map((m) => m.Body)).toEqual(['poison']);
    sqs.destroy();
    await twin.stop();
  });

  it('delivers a topic email subscription to the mailbox', async () => {
    const twin = await startSqsSns({ ...options, stateDir: undefined });
    const sns = new SNSClient({ endpoint: twin.endpoint, region: 'us-east-1', credentials });
    sent.length = 0;
    await sns.send(
      new PublishCommand({
        TopicArn: twin.topicArn('salesReports'),
        Subject: 'Sales report 2026-11-25',
        Message: '12 orders',
      }),
    );
    // The relay moves the notification from its queue to the mailbox in its own time.
    await expect
      .poll(() => sent[0], { timeout: 10_000 })
      .toEqual({
        to: 'admin@shopsync.local',
        subject: 'Sales report 2026-11-25',
        text: '12 orders',
      });
    sns.destroy();
    await twin.stop();
  });

  it('keeps waiting messages across a restart with a state folder', async () => {
    const twin = await startSqsSns(options);
    const sqs = new SQSClient({ endpoint: twin.endpoint, region: 'us-east-1', credentials });
    await sqs.send(
      new SendMessageCommand({
        QueueUrl: twin.queueUrl('orders'),
        MessageBody: '{"orderId":"o-1"}',
        MessageAttributes: { kind: { DataType: 'String', StringValue: 'placed' } },
      }),
    );
    sqs.destroy();
    await twin.stop();

    const again = await startSqsSns(options);
    const client = new SQSClient({ endpoint: again.endpoint, region: 'us-east-1', credentials });
    const { Messages = [] } = await client.send(
      new ReceiveMessageCommand({ QueueUrl: again.queueUrl('orders'), MessageAttributeNames: ['All'] }),
    );
    expect(Messages.map((m) => [m.Body, m.MessageAttributes?.kind?.StringValue])).toEqual([
      ['{"orderId":"o-1"}', 'placed'],
    ]);
    client.destroy();
    await again.stop();
  });
});
