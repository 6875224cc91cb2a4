// These tests assert the requests the runner builds. Running them (applyMigrations, executeSql) is tested
// in a later issue against the local Data API twin over SQLite and MariaDB, with the real AWS SDK client:
// no mock of the SDK here.
import { describe, expect, it } from 'vitest';
import { schemaMigrationsTable } from './schemaMigrationsTable.js';

describe('schemaMigrationsTable', () => {
  it('creates the table only if absent, in SQL both SQLite and MySQL accept', () => {
    expect(schemaMigrationsTable.create).toEqual({
      sql:
        'CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, ' +
        'name VARCHAR(255) NOT NULL, checksum CHAR(64) NOT NULL, applied_at VARCHAR(32) NOT NULL)',
      parameters: [],
    });
  });

  it('selects the applied versions with their checksums, in order', () => {
    expect(schemaMigrationsTable.selectApplied.sql).toBe(
      'SELECT version, checksum FROM schema_migrations ORDER BY version',
    );
  });

  it('records a migration with typed named parameters', () => {
    const migration = { version: 7, name: '0007_x.sql', checksum: 'a'.repeat(64), statements: ['SELECT 1'] };
    expect(schemaMigrationsTable.insert(migration, '2026-01-02T03:04:05.678Z')).toEqual({
      sql:
        'INSERT INTO schema_migrations (version, name, checksum, applied_at) ' +
        'VALUES (:version, :name, :checksum, :applied_at)',
      parameters: [
        { name: 'version', value: { longValue: 7 } },
        { name: 'name', value: { stringValue: '0007_x.sql' } },
        { name: 'checksum', value: { stringValue: 'a'.repeat(64) } },
        { name: 'applied_at', value: { stringValue: '2026-01-02T03:04:05.678Z' } },
      ],
    });
  });
});
