import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { isSqsQueryRequest } from './sqsQueryProtocol.js';
import { sqsQueryToJson } from './sqsQueryToJson.js';
import { sqsQueryErrorXml, sqsQueryXml } from './sqsQueryXml.js';

// The request bodies are those the AWS CLI 2.9.19 (botocore, SQS model 2012-11-05, query protocol) sent,
// as `aws --debug` printed them; the whole round trip through the CLI is in test/awsCli.test.ts.
const QUEUE = 'http://127.0.0.1:4704/000000000000/orders';

describe('sqsQueryToJson', () => {
  it('reads scalars, flattened lists and integers (ReceiveMessage)', () => {
    const body = new URLSearchParams({
      Action: 'ReceiveMessage',
      Version: '2012-11-05',
      QueueUrl: QUEUE,
      'AttributeName.1': 'All',
      'MessageAttributeName.1': 'All',
      MaxNumberOfMessages: '10',
      VisibilityTimeout: '30',
      WaitTimeSeconds: '1',
    });
    expect(sqsQueryToJson(body)).toEqual({
      action: 'ReceiveMessage',
      input: {
        QueueUrl: QUEUE,
        AttributeNames: ['All'],
        MessageAttributeNames: ['All'],
        MaxNumberOfMessages: 10,
        VisibilityTimeout: 30,
        WaitTimeSeconds: 1,
      },
    });
  });

  it('reads flattened maps of structures (SendMessage message attributes)', () => {
    const body = new URLSearchParams({
      Action: 'SendMessage',
      Version: '2012-11-05',
      QueueUrl: QUEUE,
      MessageBody: 'hi',
      'MessageAttribute.1.Name': 'kind',
      'MessageAttribute.1.Value.DataType': 'String',
      'MessageAttribute.1.Value.StringValue': 'g',
      'MessageAttribute.2.Name': 'raw',
      'MessageAttribute.2.Value.DataType': 'Binary',
      'MessageAttribute.2.Value.BinaryValue': 'AAE=',
    });
    expect(sqsQueryToJson(body).input).toEqual({
      QueueUrl: QUEUE,
      MessageBody: 'hi',
      MessageAttributes: {
        kind: { DataType: 'String', StringValue: 'g' },
        raw: { DataType: 'Binary', BinaryValue: 'AAE=' },
      },
    });
  });

  it('reads batch entries in their numbered order, and CreateQueue attributes and tags', () => {
    const batch = new URLSearchParams({
      Action: 'SendMessageBatch',
      QueueUrl: QUEUE,
      'SendMessageBatchRequestEntry.2.Id': 'b',
      'SendMessageBatchRequestEntry.2.MessageBody': 'y',
      'SendMessageBatchRequestEntry.2.DelaySeconds': '1',
      'SendMessageBatchRequestEntry.1.Id': 'a',
      'SendMessageBatchRequestEntry.1.MessageBody': 'x',
    });
    expect(sqsQueryToJson(batch).input).toEqual({
      QueueUrl: QUEUE,
      Entries: [
        { Id: 'a', MessageBody: 'x' },
        { Id: 'b', MessageBody: 'y', DelaySeconds: 1 },
      ],
    });
    const create = new URLSearchParams({
      Action: 'CreateQueue',
      QueueName: 'cq',
      'Attribute.1.Name': 'VisibilityTimeout',
      'Attribute.1.Value': '40',
      'Tag.1.Key': 'team',
      'Tag.1.Value': 'shop',
    });
    // Attribute values stay strings: the model's map is String to String.
    expect(sqsQueryToJson(create).input).toEqual({
      QueueName: 'cq',
      Attributes: { VisibilityTimeout: '40' },
      tags: { team: 'shop' },
    });
  });
});

describe('sqsQueryXml', () => {
  it('writes a result with flattened lists and maps, escaping text (ReceiveMessage)', () => {
    const xml = sqsQueryXml(
      'ReceiveMessage',
      {
        Messages: [
          {
            MessageId: 'm1',
            ReceiptHandle: 'r1',
            MD5OfBody: 'd',
            Body: 'a <b> & "c"\r\n',
            Attributes: { ApproximateReceiveCount: '1' },
            MessageAttributes: { kind: { StringValue: 'g', DataType: 'String' } },
          },
        ],
      },
      'req-1',
    );
    expect(xml).toBe(
      '<?xml version="1.0"?><ReceiveMessageResponse xmlns="http://queue.amazonaws.com/doc/2012-11-05/">' +
        '<ReceiveMessageResult><Message><MessageId>m1</MessageId><ReceiptHandle>r1</ReceiptHandle>' +
        '<MD5OfBody>d</MD5OfBody><Body>a &#60;b&#62; &#38; &#34;c&#34;&#13;\n</Body>' +
        '<Attribute><Name>ApproximateReceiveCount</Name><Value>1</Value></Attribute>' +
        '<MessageAttribute><Name>kind</Name><Value><StringValue>g</StringValue><DataType>String</DataType></Value></MessageAttribute>' +
        '</Message></ReceiveMessageResult><ResponseMetadata><RequestId>req-1</RequestId></ResponseMetadata>' +
        '</ReceiveMessageResponse>',
    );
  });

  it('names batch result entries after the action, and leaves out the result of an action without output', () => {
    expect(
      sqsQueryXml('SendMessageBatch', { Successful: [{ Id: 'a', MessageId: 'm' }], Failed: [] }, 'r'),
    ).toContain(
      '<SendMessageBatchResult><SendMessageBatchResultEntry><Id>a</Id><MessageId>m</MessageId></SendMessageBatchResultEntry></SendMessageBatchResult>',
    );
    expect(sqsQueryXml('DeleteMessage', {}, 'r')).toBe(
      '<?xml version="1.0"?><DeleteMessageResponse xmlns="http://queue.amazonaws.com/doc/2012-11-05/">' +
        '<ResponseMetadata><RequestId>r</RequestId></ResponseMetadata></DeleteMessageResponse>',
    );
  });

  it('writes errors under their query-protocol code', () => {
    expect(
      sqsQueryErrorXml(
        {
          code: 'AWS.SimpleQueueService.NonExistentQueue',
          message: 'The specified queue does not exist.',
          fault: 'Sender',
        },
        'r',
      ),
    ).toBe(
      '<?xml version="1.0"?><ErrorResponse xmlns="http://queue.amazonaws.com/doc/2012-11-05/"><Error>' +
        '<Type>Sender</Type><Code>AWS.SimpleQueueService.NonExistentQueue</Code>' +
        '<Message>The specified queue does not exist.</Message><Detail/></Error><RequestId>r</RequestId></ErrorResponse>',
    );
  });
});

describe('isSqsQueryRequest', () => {
  const request = (headers: Record<string, string>): IncomingMessage => ({ headers }) as IncomingMessage;
  const signedFor = (service: string): string =>
    `AWS4-HMAC-SHA256 Credential=local/20261207/us-east-1/${service}/aws4_request, SignedHeaders=host, Signature=0`;

  it('takes a form post signed for sqs, and leaves SNS (signed for sns), JSON and unsigned calls', () => {
    const form = 'application/x-www-form-urlencoded; charset=utf-8';
    expect(isSqsQueryRequest(request({ 'content-type': form, authorization: signedFor('sqs') }))).toBe(true);
    expect(isSqsQueryRequest(request({ 'content-type': form, authorization: signedFor('sns') }))).toBe(false);
    expect(isSqsQueryRequest(request({ 'content-type': form }))).toBe(false);
    expect(
      isSqsQueryRequest(
        request({ 'content-type': 'application/x-amz-json-1.0', authorization: signedFor('sqs') }),
      ),
    ).toBe(false);
  });
});
