import type { LambdaService } from './lambda/index.js';
import type { DataApiCalls, RdsDataService } from './rdsData/index.js';

/**
 * What the twin's services have counted since it started, as `GET /_twin/metrics` answers it: the
 * metrics CloudWatch keeps on AWS, read from the twin itself, so that a benchmark counts what the twin
 * served without reaching inside its process. Counts only grow: compare two readings.
 */
export interface TwinMetrics {
  /** Per function of the description: its invocations, by any caller (CloudWatch's `Invocations`). */
  readonly lambda: Readonly<Record<string, { readonly invocations: number }>>;
  /** The Data API's calls per operation, the SQL statements they ran, and the calls that failed. */
  readonly rdsData: DataApiCalls;
}

/** Reads the counters of `lambda` (for each of `functionNames`) and `rdsData` now. */
export async function twinMetrics(
  functionNames: readonly string[],
  lambda: Pick<LambdaService, 'invocations'>,
  rdsData: Pick<RdsDataService, 'calls'>,
): Promise<TwinMetrics> {
  return {
    lambda: Object.fromEntries(
      functionNames.map((name) => [name, { invocations: lambda.invocations(name) }]),
    ),
    rdsData: await rdsData.calls(),
  };
}
