import type { SqlExecutor } from './SqlExecutor.js';

/** What a `countStatements` executor has run so far. */
export interface StatementCounts {
  /** SQL statements (queries and writes), inside transactions or not. */
  statements: number;
  /** Transactions begun (each one BeginTransaction and one Commit or Rollback call more). */
  transactions: number;
}

/**
 * Wraps an executor to count what goes through it: how tests and the benchmark show that an operation
 * costs a bounded number of statements (no N+1), whatever its page size.
 *
 * @example
 * const { executor, counts } = countStatements(dataApiExecutor(client, target));
 * await dispatch(event, { ...deps, db: executor });
 * counts.statements // => 1
 */
export function countStatements(inner: SqlExecutor): {
  readonly executor: SqlExecutor;
  readonly counts: StatementCounts;
} {
  const counts: StatementCounts = { statements: 0, transactions: 0 };
  const wrap = (target: SqlExecutor): SqlExecutor => ({
    query(request) {
      counts.statements += 1;
      return target.query(request);
    },
    execute(request) {
      counts.statements += 1;
      return target.execute(request);
    },
    transaction(work) {
      counts.transactions += 1;
      return target.transaction((tx) => work(wrap(tx)));
    },
  });
  return { executor: wrap(inner), counts };
}
