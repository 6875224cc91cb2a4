interface Field {
  readonly isNull?: boolean;
  readonly stringValue?: string;
  readonly longValue?: number;
  readonly doubleValue?: number;
  readonly booleanValue?: boolean;
  readonly blobValue?: string;
  readonly arrayValue?: Readonly<Record<string, unknown>>;
}

interface StatementResult {
  readonly records?: readonly (readonly Field[])[];
  readonly columnMetadata?: readonly { readonly label?: string; readonly name?: string }[];
}

/**
 * `util.rds.toJsonObject`: an RDS Data API result (the object or its JSON string) as one list of
 * records per statement, each record keyed by column — recorded as `[[{author, title, "ISBN-13"}, …]]`
 * (localstack/appsync-utils `__tests__/__snapshots__/resolvers.test.js.snap`). A statement without
 * records (INSERT, UPDATE, DELETE) gives an empty list. Keys are column labels, else names (assumed:
 * the recorded example has both equal).
 */
export function rdsToJsonObject(serialized: unknown): unknown[][] | null {
  const result = (typeof serialized === 'string' ? JSON.parse(serialized) : serialized) as {
    readonly sqlStatementResults?: readonly StatementResult[];
  } | null;
  const statements = result?.sqlStatementResults;
  if (!statements) return null;
  return statements.map((statement) => {
    const columns = (statement.columnMetadata ?? []).map((column) => column.label || column.name || '');
    return (statement.records ?? []).map((record) => {
      const row: Record<string, unknown> = {};
      record.forEach((field, index) => {
        row[columns[index] ?? String(index)] = fieldValue(field);
      });
      return row;
    });
  });
}

function fieldValue(field: Field): unknown {
  if (field.isNull) return null;
  if (field.arrayValue) {
    const list = Object.values(field.arrayValue)[0];
    return Array.isArray(list) ? list : null;
  }
  return (
    field.stringValue ?? field.longValue ?? field.doubleValue ?? field.booleanValue ?? field.blobValue ?? null
  );
}
