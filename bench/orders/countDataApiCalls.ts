import { RdsDataProvider } from '../../local/rdsData/RdsDataProvider.js';

/** The Data API calls served so far, by operation, and the SQL statements they ran. */
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

/** Counting in progress: `read` answers the counts so far, `stop` puts the provider back as it was. */
export interface DataApiCounter {
  read(): DataApiCalls;
  stop(): void;
}

type Operation = Exclude<keyof DataApiCalls, 'statements' | 'failed'>;
type Method = (this: RdsDataProvider, input: unknown) => Promise<unknown>;

let counting = false;

const OPERATIONS: readonly Operation[] = [
  'executeStatement',
  'batchExecuteStatement',
  'beginTransaction',
  'commitTransaction',
  'rollbackTransaction',
];

/**
 * Counts every call the Data API twins of this process serve, whoever makes it. The twin keeps no
 * counters, and the Lambda functions reach it over HTTP from their worker threads, so the one place all
 * calls pass is its provider: this wraps the operation methods of `RdsDataProvider.prototype` (twins
 * started before or after alike) until `stop`. Only one counter may run at a time.
 *
 * @example
 * const counter = countDataApiCalls();
 * await placeSomeOrders();
 * counter.read().statements; // => 7 per order placed
 * counter.stop();
 */
export function countDataApiCalls(): DataApiCounter {
  if (counting) throw new Error('A Data API counter runs already: stop it first');
  counting = true;
  const prototype = RdsDataProvider.prototype as unknown as Record<Operation, Method>;
  const counts: Record<keyof DataApiCalls, number> = {
    executeStatement: 0,
    batchExecuteStatement: 0,
    beginTransaction: 0,
    commitTransaction: 0,
    rollbackTransaction: 0,
    statements: 0,
    failed: 0,
  };
  const originals = new Map<Operation, Method>();
  for (const operation of OPERATIONS) {
    const original = prototype[operation];
    originals.set(operation, original);
    prototype[operation] = async function (this: RdsDataProvider, input: unknown): Promise<unknown> {
      counts[operation] += 1;
      counts.statements += statementsOf(operation, input);
      try {
        return await original.call(this, input);
      } catch (error) {
        counts.failed += 1;
        throw error;
      }
    };
  }
  return {
    read: () => ({ ...counts }),
    stop: () => {
      for (const [operation, original] of originals) prototype[operation] = original;
      originals.clear();
      counting = false;
    },
  };
}

function statementsOf(operation: Operation, input: unknown): number {
  if (operation === 'executeStatement') return 1;
  if (operation !== 'batchExecuteStatement') return 0;
  const sets = (input as { parameterSets?: unknown } | null)?.parameterSets;
  return Array.isArray(sets) ? sets.length : 0;
}
