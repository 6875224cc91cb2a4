import type { RDSDataClient } from '@aws-sdk/client-rds-data';
import type { DataApiTarget } from './DataApiTarget.js';
import { executeSql } from './executeSql.js';
import type { Migration } from './Migration.js';
import { MigrationFailedError } from './MigrationFailedError.js';
import { parseAppliedRows } from './parseAppliedRows.js';
import { planMigrations } from './planMigrations.js';
import { schemaMigrationsTable } from './schemaMigrationsTable.js';

/**
 * Brings the database up to date: creates `schema_migrations` if absent, reads which versions are
 * applied, and applies each pending migration's statements in order, recording it once all succeeded.
 *
 * Returns the versions applied by this call and those already applied before (`skipped`), ascending.
 * Throws before applying anything if an applied migration was edited or lost (see `planMigrations`),
 * and stops at the first failing statement with a `MigrationFailedError` (version, statement index,
 * and the Data API error as `cause`).
 *
 * No transaction is opened: MySQL commits each DDL statement at once, so a transaction would not make a
 * migration atomic there and would only differ from SQLite. Not safe to run concurrently against one
 * database; the deploy-time custom resource and the local twin's start each run it once.
 *
 * @example
 * const result = await applyMigrations(new RDSDataClient({}), { resourceArn, secretArn, database: 'shopsync' },
 *   readMigrations('migrations'), console.log);
 * // => { applied: [3, 4], skipped: [1, 2] }
 */
export async function applyMigrations(
  client: RDSDataClient,
  target: DataApiTarget,
  migrations: readonly Migration[],
  log: (line: string) => void = () => undefined,
): Promise<{ applied: number[]; skipped: number[] }> {
  await executeSql(client, target, schemaMigrationsTable.create);
  const { records = [] } = await executeSql(client, target, schemaMigrationsTable.selectApplied);
  const pending = planMigrations(migrations, parseAppliedRows(records));

  const pendingVersions = new Set(pending.map((migration) => migration.version));
  const skipped = migrations
    .map((migration) => migration.version)
    .filter((version) => !pendingVersions.has(version))
    .sort((a, b) => a - b);
  if (pending.length === 0) log(`migrations: up to date (${skipped.length} applied before)`);

  const applied: number[] = [];
  for (const migration of pending) {
    log(`migrations: applying ${migration.name} (${migration.statements.length} statements)`);
    for (const [index, sql] of migration.statements.entries()) {
      try {
        await executeSql(client, target, { sql, parameters: [] });
      } catch (error) {
        throw new MigrationFailedError(migration, index, error);
      }
    }
    try {
      await executeSql(client, target, schemaMigrationsTable.insert(migration, new Date().toISOString()));
    } catch (error) {
      throw new Error(
        `Migration ${migration.name} (version ${migration.version}) ran but recording it in schema_migrations failed`,
        { cause: error },
      );
    }
    applied.push(migration.version);
  }
  if (applied.length > 0) log(`migrations: applied ${applied.join(', ')}`);
  return { applied, skipped };
}
