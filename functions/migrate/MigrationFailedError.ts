import type { Migration } from './Migration.js';

/**
 * A migration statement failed. Statements of the same migration before it stay applied (MySQL commits
 * DDL at once) and the migration is not recorded, so the next run starts that migration again from its
 * first statement: fix the database by hand or make the migration safe to repeat before re-running.
 */
export class MigrationFailedError extends Error {
  override readonly name = 'MigrationFailedError';
  readonly version: number;
  /** 0-based index into the migration's `statements`. */
  readonly statementIndex: number;

  constructor(migration: Migration, statementIndex: number, cause: unknown) {
    const statement = migration.statements[statementIndex] ?? '';
    const excerpt = statement.replace(/\s+/g, ' ').slice(0, 120);
    super(
      `Migration ${migration.name} (version ${migration.version}) failed at statement ` +
        `${statementIndex + 1} of ${migration.statements.length} [${excerpt}]: ${messageOf(cause)}`,
      { cause },
    );
    this.version = migration.version;
    this.statementIndex = statementIndex;
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? `${error.name}: ${error.message}` : String(error);
}
