import { describe, expect, it } from 'vitest';
import { parseAppliedRows } from './parseAppliedRows.js';

describe('parseAppliedRows', () => {
  it('reads the version as a long or a decimal string, and the checksum', () => {
    expect(
      parseAppliedRows([
        [{ longValue: 1 }, { stringValue: 'abc' }],
        [{ stringValue: '2' }, { stringValue: 'def' }],
      ]),
    ).toEqual([
      { version: 1, checksum: 'abc' },
      { version: 2, checksum: 'def' },
    ]);
  });

  it('rejects rows of another shape', () => {
    expect(() => parseAppliedRows([[{ longValue: 1 }, { isNull: true }]])).toThrow(
      'Unexpected schema_migrations row',
    );
    expect(() => parseAppliedRows([[{ stringValue: 'x' }, { stringValue: 'abc' }]])).toThrow(
      'Unexpected schema_migrations row',
    );
  });
});
