import { describe, expect, it } from 'vitest';
import { batchOutcome } from './batchOutcome.js';

const batch = [{ messageId: 'a' }, { messageId: 'b' }, { messageId: 'c' }] as const;
const ids = (outcome: ReturnType<typeof batchOutcome>): unknown => ({
  succeeded: outcome.succeeded.map((message) => message.messageId),
  failed: outcome.failed.map((message) => message.messageId),
});

describe('batchOutcome', () => {
  it('fails the whole batch on a function error, whatever the payload', () => {
    const outcome = batchOutcome(
      batch,
      { functionError: 'Unhandled', payload: { batchItemFailures: [] } },
      true,
    );
    expect(ids(outcome)).toEqual({ succeeded: [], failed: ['a', 'b', 'c'] });
  });

  it('ignores the response without ReportBatchItemFailures', () => {
    const outcome = batchOutcome(batch, { payload: { batchItemFailures: [{ itemIdentifier: 'a' }] } }, false);
    expect(ids(outcome)).toEqual({ succeeded: ['a', 'b', 'c'], failed: [] });
  });

  it.each([null, undefined, '', {}, { batchItemFailures: null }, { batchItemFailures: [] }])(
    'counts %j as complete success',
    (payload) => {
      expect(ids(batchOutcome(batch, { payload }, true))).toEqual({ succeeded: ['a', 'b', 'c'], failed: [] });
    },
  );

  it('fails only the listed messages', () => {
    const outcome = batchOutcome(batch, { payload: { batchItemFailures: [{ itemIdentifier: 'b' }] } }, true);
    expect(ids(outcome)).toEqual({ succeeded: ['a', 'c'], failed: ['b'] });
  });

  it.each([
    { batchItemFailures: 'b' },
    { batchItemFailures: [{ itemIdentifier: '' }] },
    { batchItemFailures: [{ itemIdentifier: null }] },
    { batchItemFailures: [{ itemId: 'b' }] },
    { batchItemFailures: [{ itemIdentifier: 'not-in-batch' }] },
  ])('fails the whole batch on the malformed response %j', (payload) => {
    expect(ids(batchOutcome(batch, { payload }, true))).toEqual({ succeeded: [], failed: ['a', 'b', 'c'] });
  });
});
