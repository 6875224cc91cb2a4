import type { Migration } from './Migration.js';
import type { SqlRequest } from './SqlRequest.js';

/**
 * The runner's own statements on `schema_migrations`, one row per applied migration. The SQL is the
 * subset SQLite and MySQL/MariaDB both accept; values travel as typed named parameters.
 */
export const schemaMigrationsTable = {
  create: {
    sql:
      'CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT PRIMARY KEY, ' +
      'name VARCHAR(255) NOT NULL, checksum CHAR(64) NOT NULL, applied_at VARCHAR(32) NOT NULL)',
    parameters: [],
  },

  selectApplied: {
    sql: 'SELECT version, checksum FROM schema_migrations ORDER BY version',
    parameters: [],
  },

  /** Records `migration` as applied at `appliedAt` (an ISO 8601 string). */
  insert(migration: Migration, appliedAt: string): SqlRequest {
    return {
      sql:
        'INSERT INTO schema_migrations (version, name, checksum, applied_at) ' +
        'VALUES (:version, :name, :checksum, :applied_at)',
      parameters: [
        { name: 'version', value: { longValue: migration.version } },
        { name: 'name', value: { stringValue: migration.name } },
        { name: 'checksum', value: { stringValue: migration.checksum } },
        { name: 'applied_at', value: { stringValue: appliedAt } },
      ],
    };
  },
} as const satisfies Record<string, SqlRequest | ((...args: never[]) => SqlRequest)>;
