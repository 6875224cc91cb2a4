import type { AppliedMigration } from './AppliedMigration.js';
import type { Migration } from './Migration.js';

/**
 * Returns the migrations not yet applied, in version order.
 *
 * Throws when the history and the files disagree, because applying more on top of an unknown state
 * could damage data: an applied migration whose file was edited (checksum differs) or whose file is
 * gone. A pending version lower than an applied one (a branch merged late) is applied, in order among
 * the pending ones. Two migrations with one version are a programmer's mistake (`readMigrations` rejects
 * them) and throw too.
 */
export function planMigrations(
  migrations: readonly Migration[],
  applied: readonly AppliedMigration[],
): readonly Migration[] {
  const byVersion = new Map<number, Migration>();
  for (const migration of migrations) {
    const other = byVersion.get(migration.version);
    if (other !== undefined) {
      throw new Error(
        `Two migrations have version ${migration.version}: ${other.name} and ${migration.name}`,
      );
    }
    byVersion.set(migration.version, migration);
  }

  const appliedVersions = new Set<number>();
  for (const row of applied) {
    const migration = byVersion.get(row.version);
    if (migration === undefined) {
      throw new Error(
        `Migration version ${row.version} is recorded in schema_migrations but no file has that version; ` +
          'restore the file (an applied migration is never deleted)',
      );
    }
    if (migration.checksum !== row.checksum) {
      throw new Error(
        `Migration ${migration.name} was edited after it was applied (applied checksum ${row.checksum}, ` +
          `file checksum ${migration.checksum}); restore the applied text and make the change in a new migration`,
      );
    }
    appliedVersions.add(row.version);
  }

  return migrations
    .filter((migration) => !appliedVersions.has(migration.version))
    .sort((a, b) => a.version - b.version);
}
