import type { GraphqlPath } from './GraphqlPath.js';
import { rotated } from './rotated.js';
import { summarize } from './summarize.js';
import type { Summary } from './summarize.js';

/** A path's figures: latency, requests per second, and how many answers were errors. */
export interface PathFigures {
  readonly latency: Summary;
  readonly requestsPerSecond: number;
  readonly failures: number;
}

/**
 * One request at a time: `warmUp` unrecorded rounds, then `iterations` rounds, each calling every path
 * once, in an order rotated each round so that load and warming weigh on all paths alike. Requests/s is
 * 1000 / mean latency.
 */
export async function measureSequential(
  paths: readonly GraphqlPath[],
  iterations: number,
  warmUp: number,
): Promise<PathFigures[]> {
  const samples = paths.map((): number[] => []);
  const failures = paths.map(() => 0);
  for (let round = 0; round < warmUp + iterations; round += 1) {
    for (const index of rotated([...paths.keys()], round)) {
      const start = performance.now();
      const ok = await paths[index]!.call();
      const ms = performance.now() - start;
      if (round < warmUp) continue;
      samples[index]!.push(ms);
      if (!ok) failures[index]! += 1;
    }
  }
  return paths.map((_, index) => {
    const latency = summarize(samples[index]!);
    return { latency, requestsPerSecond: 1000 / latency.mean, failures: failures[index]! };
  });
}
