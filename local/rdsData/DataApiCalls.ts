/**
 * The calls the Data API twin has served since it started, as CloudWatch would count them for a cluster:
 * per operation, the SQL statements they ran, and the calls answered with an error. Counts only grow.
 */
export interface DataApiCalls {
  readonly executeStatement: number;
  readonly batchExecuteStatement: number;
  readonly beginTransaction: number;
  readonly commitTransaction: number;
  readonly rollbackTransaction: number;
  /** SQL statements: one per ExecuteStatement, one per parameter set of a BatchExecuteStatement. */
  readonly statements: number;
  /** Calls answered with an error (a lock wait timeout, a duplicate key, a rolled-back transaction...). */
  readonly failed: number;
}

/** A Data API operation, by its name in `DataApiCalls` (the SDK command's, in camel case). */
export type DataApiOperation = Exclude<keyof DataApiCalls, 'statements' | 'failed'>;
