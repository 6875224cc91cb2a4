import type { ExecuteStatementResponse, WireColumnMetadata, WireField } from './DataApiWire.js';
import type { ResultColumn, StatementResult } from './SqlEngine.js';
import { toField } from './toField.js';
import type { ReturnTypes } from './toField.js';

/** The ExecuteStatement request members that shape its response. */
export interface ResponseShape {
  readonly includeResultMetadata: boolean;
  /** `JSON`: the rows as one JSON string in `formattedRecords`, without `records` or `columnMetadata`. */
  readonly formatRecordsAs: 'NONE' | 'JSON';
  readonly returnTypes: ReturnTypes;
}

/**
 * Builds the ExecuteStatement response from what the engine returned. A statement with a result set
 * answers `records` (or `formattedRecords`), `numberOfRecordsUpdated: 0` and, when asked, `columnMetadata`;
 * any other statement answers `numberOfRecordsUpdated` and `generatedFields` (the auto-increment key, or
 * none).
 */
export function executeStatementResponse(
  result: StatementResult,
  shape: ResponseShape,
): ExecuteStatementResponse {
  const { rows, columns } = result;
  if (rows === undefined) {
    return { numberOfRecordsUpdated: result.rowsAffected, generatedFields: generatedFields(result) };
  }
  const records = rows.map((row) =>
    columns.map((column, index) => toField(row[index], column, shape.returnTypes)),
  );
  if (shape.formatRecordsAs === 'JSON') {
    return { numberOfRecordsUpdated: 0, formattedRecords: formatRecords(records, columns) };
  }
  return {
    records,
    numberOfRecordsUpdated: 0,
    ...(shape.includeResultMetadata && { columnMetadata: columns.map(columnMetadata) }),
  };
}

/** `generatedFields` of an INSERT, UPDATE or DELETE: the generated key as a long, if there is one. */
export function generatedFields(result: StatementResult): readonly WireField[] {
  return result.insertId === undefined ? [] : [{ longValue: result.insertId }];
}

// The JSON format: an array of objects keyed by column label, each field as its plain JSON value (a blob
// as its base64 text), as the Aurora user guide describes for formatRecordsAs JSON.
function formatRecords(records: readonly (readonly WireField[])[], columns: readonly ResultColumn[]): string {
  return JSON.stringify(
    records.map((record) =>
      Object.fromEntries(
        record.map((field, index) => [columns[index]?.label ?? String(index), plainValue(field)]),
      ),
    ),
  );
}

function plainValue(field: WireField): unknown {
  if (field.isNull === true) return null;
  return (
    field.booleanValue ?? field.longValue ?? field.doubleValue ?? field.stringValue ?? field.blobValue ?? null
  );
}

function columnMetadata(column: ResultColumn): WireColumnMetadata {
  return {
    name: column.name,
    type: column.jdbcType,
    typeName: column.typeName,
    label: column.label,
    schemaName: '',
    tableName: column.tableName,
    isAutoIncrement: column.isAutoIncrement,
    isSigned: column.isSigned,
    isCurrency: false,
    isCaseSensitive: column.isCaseSensitive,
    nullable: column.nullable,
    precision: column.precision,
    scale: column.scale,
    arrayBaseColumnType: 0,
  };
}
