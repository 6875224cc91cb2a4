import { describe, expect, it } from 'vitest';
import type { ColumnKind, ResultColumn } from './SqlEngine.js';
import { toField } from './toField.js';
import type { ReturnTypes } from './toField.js';

const DEFAULTS: ReturnTypes = { decimalReturnType: 'STRING', longReturnType: 'LONG' };

function column(kind: ColumnKind, scale = 0): ResultColumn {
  return {
    kind,
    name: 'c',
    label: 'c',
    typeName: 'T',
    jdbcType: 0,
    tableName: 't',
    isAutoIncrement: false,
    isSigned: true,
    isCaseSensitive: false,
    nullable: 1,
    precision: 0,
    scale,
  };
}

describe('toField', () => {
  it('converts each column kind to its Data API field', () => {
    expect(toField(null, column('long'), DEFAULTS)).toEqual({ isNull: true });
    expect(toField(1n, column('boolean'), DEFAULTS)).toEqual({ booleanValue: true });
    expect(toField(Buffer.from([0]), column('boolean'), DEFAULTS)).toEqual({ booleanValue: false });
    expect(toField('42', column('long'), DEFAULTS)).toEqual({ longValue: 42 });
    expect(toField(2n, column('double'), DEFAULTS)).toEqual({ doubleValue: 2 });
    expect(toField('2026-11-26 06:35:50.790123', column('datetime'), DEFAULTS)).toEqual({
      stringValue: '2026-11-26 06:35:50.790',
    });
    expect(toField(Buffer.from('hi'), column('blob'), DEFAULTS)).toEqual({ blobValue: 'aGk=' });
    expect(toField('{"a":1}', column('string'), DEFAULTS)).toEqual({ stringValue: '{"a":1}' });
  });

  it('prints a SQLite DECIMAL with its declared scale, or answers it as a number when asked', () => {
    expect(toField(2.5, column('decimal', 2), DEFAULTS)).toEqual({ stringValue: '2.50' });
    expect(toField(7n, column('decimal', 2), DEFAULTS)).toEqual({ stringValue: '7.00' });
    const numbers: ReturnTypes = { decimalReturnType: 'DOUBLE_OR_LONG', longReturnType: 'LONG' };
    expect(toField('2.50', column('decimal', 2), numbers)).toEqual({ doubleValue: 2.5 });
    expect(toField('12', column('decimal', 0), numbers)).toEqual({ longValue: 12 });
  });

  it('answers longs as text when longReturnType is STRING', () => {
    const strings: ReturnTypes = { decimalReturnType: 'STRING', longReturnType: 'STRING' };
    expect(toField(9007199254740993n, column('long'), strings)).toEqual({ stringValue: '9007199254740993' });
  });

  it('converts by the value when SQLite stored another class than the column declares', () => {
    expect(toField('n/a', column('long'), DEFAULTS)).toEqual({ stringValue: 'n/a' });
    expect(toField(3n, column('dynamic'), DEFAULTS)).toEqual({ longValue: 3 });
    expect(toField(0.5, column('dynamic'), DEFAULTS)).toEqual({ doubleValue: 0.5 });
  });
});
