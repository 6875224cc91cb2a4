import type { DataApiCalls, DataApiOperation } from './DataApiCalls.js';

/**
 * Counts the calls the Data API twin serves (`DataApiCalls`): `served` as each call of an operation
 * arrives, `failed` when it is answered with an error. Kept by the twin itself, in the thread that
 * serves it, so that whoever calls it (Lambda functions in their workers, a client in another process)
 * is counted alike.
 */
export class DataApiCallCounter {
  private readonly counts: { -readonly [K in keyof DataApiCalls]: number } = {
    executeStatement: 0,
    batchExecuteStatement: 0,
    beginTransaction: 0,
    commitTransaction: 0,
    rollbackTransaction: 0,
    statements: 0,
    failed: 0,
  };

  /**
   * Counts a call of `operation` with its request body, and the statements it asks for: one for an
   * ExecuteStatement, one per parameter set of a BatchExecuteStatement (none without a list of sets),
   * whether or not they run.
   */
  served(operation: DataApiOperation, body: unknown): void {
    this.counts[operation] += 1;
    this.counts.statements += statementsOf(operation, body);
  }

  /** Counts a call answered with an error. */
  failed(): void {
    this.counts.failed += 1;
  }

  /** The counts so far, as a copy that later calls leave as it is. */
  read(): DataApiCalls {
    return { ...this.counts };
  }
}

function statementsOf(operation: DataApiOperation, body: unknown): number {
  if (operation === 'executeStatement') return 1;
  if (operation !== 'batchExecuteStatement') return 0;
  const sets = (body as { parameterSets?: unknown } | null)?.parameterSets;
  return Array.isArray(sets) ? sets.length : 0;
}
