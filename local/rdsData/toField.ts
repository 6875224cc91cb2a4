import type { WireField } from './DataApiWire.js';
import type { ResultColumn } from './SqlEngine.js';

/** `resultSetOptions` of ExecuteStatement, with the AWS defaults filled in. */
export interface ReturnTypes {
  /** `STRING` (default): DECIMAL as its text; `DOUBLE_OR_LONG`: as a long if its scale is 0, else a double. */
  readonly decimalReturnType: 'STRING' | 'DOUBLE_OR_LONG';
  /** `LONG` (default) or `STRING` (a long as its decimal text, exact beyond 2^53). */
  readonly longReturnType: 'LONG' | 'STRING';
}

/**
 * Converts one engine value of `column` to a Data API field:
 * NULL → `isNull`; boolean columns (MySQL TINYINT(1)/BOOLEAN/BIT(1), SQLite BOOLEAN) → `booleanValue`;
 * integers → `longValue`; REAL/DOUBLE/FLOAT → `doubleValue`; DECIMAL → `stringValue` (see `ReturnTypes`);
 * text, JSON, dates and times → `stringValue` (DATETIME/TIMESTAMP as `YYYY-MM-DD HH:MM:SS[.fff]`, fractions
 * cut to milliseconds); binary → `blobValue` (base64). A value whose storage class differs from its
 * column's (SQLite stores what it is given) is converted by the value.
 */
export function toField(value: unknown, column: ResultColumn, returnTypes: ReturnTypes): WireField {
  if (value === null || value === undefined) return { isNull: true };
  switch (column.kind) {
    case 'boolean':
      if (Buffer.isBuffer(value)) return { booleanValue: value.some((byte) => byte !== 0) };
      if (typeof value === 'number' || typeof value === 'bigint')
        return { booleanValue: value !== 0 && value !== 0n };
      break;
    case 'long':
      if (typeof value === 'bigint' || typeof value === 'number' || isIntegerText(value)) {
        return longField(value, returnTypes);
      }
      break;
    case 'double':
      if (typeof value === 'number' || typeof value === 'bigint') return { doubleValue: Number(value) };
      break;
    case 'decimal':
      if (typeof value === 'string' || typeof value === 'number' || typeof value === 'bigint') {
        return decimalField(value, column.scale, returnTypes);
      }
      break;
    case 'datetime':
      if (typeof value === 'string') return { stringValue: value.replace(/(\.\d{3})\d+$/, '$1') };
      break;
    case 'string':
      if (typeof value === 'string') return { stringValue: value };
      if (Buffer.isBuffer(value)) return { stringValue: value.toString('utf8') };
      break;
    case 'blob':
      if (Buffer.isBuffer(value)) return { blobValue: value.toString('base64') };
      if (typeof value === 'string') return { blobValue: Buffer.from(value, 'utf8').toString('base64') };
      break;
    case 'dynamic':
      break;
  }
  return byValue(value, returnTypes);
}

function byValue(value: unknown, returnTypes: ReturnTypes): WireField {
  if (typeof value === 'bigint') return longField(value, returnTypes);
  if (typeof value === 'number') return { doubleValue: value };
  if (typeof value === 'boolean') return { booleanValue: value };
  if (Buffer.isBuffer(value)) return { blobValue: value.toString('base64') };
  if (typeof value === 'string') return { stringValue: value };
  return { stringValue: JSON.stringify(value) };
}

function longField(value: bigint | number | string, returnTypes: ReturnTypes): WireField {
  if (returnTypes.longReturnType === 'STRING') return { stringValue: String(value) };
  return { longValue: Number(value) };
}

function decimalField(value: string | number | bigint, scale: number, returnTypes: ReturnTypes): WireField {
  if (returnTypes.decimalReturnType === 'DOUBLE_OR_LONG') {
    if (scale > 0) return { doubleValue: Number(value) };
    return longField(typeof value === 'number' ? Math.trunc(value) : value, returnTypes);
  }
  // SQLite keeps a DECIMAL as REAL or INTEGER: print it with the declared scale, as MySQL prints DECIMAL(p,s).
  if (typeof value === 'number') return { stringValue: scale > 0 ? value.toFixed(scale) : String(value) };
  if (typeof value === 'bigint')
    return { stringValue: scale > 0 ? `${value}.${'0'.repeat(scale)}` : String(value) };
  return { stringValue: value };
}

function isIntegerText(value: unknown): value is string {
  return typeof value === 'string' && /^-?\d+$/.test(value);
}
