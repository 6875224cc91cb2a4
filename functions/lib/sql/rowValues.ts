/*
 * Readers of one column of a Data API row (`formatRecordsAs: JSON`): a missing column or another type
 * means the row is not what the migrations create, a fault rather than a user error.
 */

/** An integer column; `COUNT(*)` and `BIGINT` arrive as JSON numbers. */
export function integer(row: Readonly<Record<string, unknown>>, column: string): number {
  const value = row[column];
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new Error(`Column ${column} is not an integer: ${JSON.stringify(value)}`);
  }
  return value;
}

/** A text column. */
export function text(row: Readonly<Record<string, unknown>>, column: string): string {
  const value = row[column];
  if (typeof value !== 'string') throw new Error(`Column ${column} is not text: ${JSON.stringify(value)}`);
  return value;
}
