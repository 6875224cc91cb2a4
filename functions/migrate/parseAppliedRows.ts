import type { Field } from '@aws-sdk/client-rds-data';
import type { AppliedMigration } from './AppliedMigration.js';

/**
 * Reads the Data API records of `schemaMigrationsTable.selectApplied` (columns version, checksum).
 *
 * The version is accepted as a `longValue` or as a decimal `stringValue`, since a Data API backend may
 * return a BIGINT either way. Any other shape throws: the table is not what this runner created.
 */
export function parseAppliedRows(records: readonly (readonly Field[])[]): readonly AppliedMigration[] {
  return records.map((record) => {
    const [versionField, checksumField] = record;
    const version = versionField?.longValue ?? toSafeInteger(versionField?.stringValue);
    const checksum = checksumField?.stringValue;
    if (version === undefined || checksum === undefined) {
      throw new Error(`Unexpected schema_migrations row: ${JSON.stringify(record)}`);
    }
    return { version, checksum };
  });
}

function toSafeInteger(text: string | undefined): number | undefined {
  if (text === undefined || !/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return Number.isSafeInteger(value) ? value : undefined;
}
