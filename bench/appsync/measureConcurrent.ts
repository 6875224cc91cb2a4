import type { GraphqlPath } from './GraphqlPath.js';
import type { PathFigures } from './measureSequential.js';
import { rotated } from './rotated.js';
import { summarize } from './summarize.js';

/** How a concurrent run is split: `rounds` recorded rounds of `perRound` requests per path. */
export interface ConcurrentPlan {
  readonly concurrency: number;
  readonly rounds: number;
  readonly perRound: number;
  /** Unrecorded rounds first. */
  readonly warmUpRounds: number;
}

/**
 * `concurrency` requests in flight on one path at a time: each round runs `perRound` requests on every
 * path in turn (order rotated per round). Requests/s is recorded requests over the summed wall time of
 * that path's rounds; latency is per request, queueing in the client included.
 */
export async function measureConcurrent(
  paths: readonly GraphqlPath[],
  plan: ConcurrentPlan,
): Promise<PathFigures[]> {
  const samples = paths.map((): number[] => []);
  const wallMs = paths.map(() => 0);
  const failures = paths.map(() => 0);
  for (let round = 0; round < plan.warmUpRounds + plan.rounds; round += 1) {
    for (const index of rotated([...paths.keys()], round)) {
      const path = paths[index]!;
      const latencies: number[] = [];
      let failed = 0;
      let started = 0;
      const worker = async (): Promise<void> => {
        while (started < plan.perRound) {
          started += 1;
          const start = performance.now();
          const ok = await path.call();
          latencies.push(performance.now() - start);
          if (!ok) failed += 1;
        }
      };
      const start = performance.now();
      await Promise.all(Array.from({ length: plan.concurrency }, worker));
      const elapsed = performance.now() - start;
      if (round < plan.warmUpRounds) continue;
      samples[index]!.push(...latencies);
      wallMs[index]! += elapsed;
      failures[index]! += failed;
    }
  }
  return paths.map((_, index) => ({
    latency: summarize(samples[index]!),
    requestsPerSecond: (samples[index]!.length * 1000) / wallMs[index]!,
    failures: failures[index]!,
  }));
}
