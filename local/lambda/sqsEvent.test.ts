import { describe, expect, it } from 'vitest';
import { sqsEvent } from './sqsEvent.js';

describe('sqsEvent', () => {
  it('builds one SQSEvent record per received message, as Lambda hands them to a function', () => {
    const event = sqsEvent(
      [
        {
          MessageId: 'm-1',
          ReceiptHandle: 'rh-1',
          Body: '{"orderId":"o-1"}',
          MD5OfBody: 'md5-body',
          MD5OfMessageAttributes: 'md5-attrs',
          Attributes: {
            ApproximateReceiveCount: '2',
            SentTimestamp: '1700000000000',
            SenderId: '000000000000',
            ApproximateFirstReceiveTimestamp: '1700000000100',
          },
          MessageAttributes: {
            kind: { DataType: 'String', StringValue: 'order' },
            raw: { DataType: 'Binary', BinaryValue: new Uint8Array([255, 0]) },
          },
        },
      ],
      { queueArn: 'arn:aws:sqs:us-east-1:000000000000:orders', region: 'us-east-1' },
    );
    expect(event).toEqual({
      Records: [
        {
          messageId: 'm-1',
          receiptHandle: 'rh-1',
          body: '{"orderId":"o-1"}',
          attributes: {
            ApproximateReceiveCount: '2',
            SentTimestamp: '1700000000000',
            SenderId: '000000000000',
            ApproximateFirstReceiveTimestamp: '1700000000100',
          },
          messageAttributes: {
            kind: { stringValue: 'order', stringListValues: [], binaryListValues: [], dataType: 'String' },
            raw: { binaryValue: '/wA=', stringListValues: [], binaryListValues: [], dataType: 'Binary' },
          },
          md5OfBody: 'md5-body',
          md5OfMessageAttributes: 'md5-attrs',
          eventSource: 'aws:sqs',
          eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:orders',
          awsRegion: 'us-east-1',
        },
      ],
    });
  });

  it('gives a message without attributes an empty messageAttributes and no md5OfMessageAttributes', () => {
    const [record] = sqsEvent([{ MessageId: 'm', ReceiptHandle: 'r', Body: 'x', MD5OfBody: 'md5' }], {
      queueArn: 'arn',
      region: 'us-east-1',
    }).Records;
    expect(record?.messageAttributes).toEqual({});
    expect(record).not.toHaveProperty('md5OfMessageAttributes');
  });
});
