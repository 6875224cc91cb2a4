import type { SqlRequest } from './SqlRequest.js';

/** A result row, keyed by column label. */
export type SqlRow = Readonly<Record<string, unknown>>;

/**
 * Runs built statements. The functions reach the database only through this, so a test can
 * count their statements (`countStatements`) and the same code runs on Aurora, SQLite and MariaDB.
 */
export interface SqlExecutor {
  /** Runs a SELECT; resolves to its rows. */
  query(request: SqlRequest): Promise<readonly SqlRow[]>;
  /** Runs an INSERT, UPDATE or DELETE; resolves to the number of rows it matched. */
  execute(request: SqlRequest): Promise<number>;
  /**
   * Runs `work` in one transaction: committed when `work` resolves, rolled back when it rejects (with
   * its error). Transactions do not nest.
   */
  transaction<T>(work: (tx: SqlExecutor) => Promise<T>): Promise<T>;
}
