import { describe, expect, it } from 'vitest';
import { parseFunctionName } from './parseFunctionName.js';

describe('parseFunctionName', () => {
  it.each([
    ['orders', { name: 'orders' }],
    ['orders:$LATEST', { name: 'orders', qualifier: '$LATEST' }],
    ['123456789012:function:orders', { name: 'orders', accountId: '123456789012' }],
    ['123456789012:function:orders:prod', { name: 'orders', accountId: '123456789012', qualifier: 'prod' }],
    [
      'arn:aws:lambda:us-east-1:123456789012:function:process-order_2',
      { name: 'process-order_2', region: 'us-east-1', accountId: '123456789012' },
    ],
    [
      'arn:aws:lambda:eu-west-1:123456789012:function:orders:$LATEST',
      { name: 'orders', region: 'eu-west-1', accountId: '123456789012', qualifier: '$LATEST' },
    ],
  ])('parses %s', (input, expected) => {
    expect(parseFunctionName(input)).toEqual(expected);
  });

  it.each(['', 'two words', 'arn:aws:s3:::bucket', 'a:b:c:d', 'arn:aws:lambda:us-east-1:123:function:x'])(
    'rejects %j',
    (input) => {
      expect(parseFunctionName(input)).toBeUndefined();
    },
  );
});
