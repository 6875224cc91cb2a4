import { latencyOf } from './latencyOf.js';
import type { Latency } from './latencyOf.js';
import type { Rounds } from './measure.js';

/**
 * Like `measure`, for the twin and the direct path together: each round calls both, the twin first in even
 * rounds and last in odd ones, so that warming shared code (the AWS SDK client, the HTTP stack), a busy
 * machine and drift weigh on both alike rather than on whichever runs second.
 */
export async function measurePair(
  rounds: Rounds,
  twin: (round: number) => Promise<number>,
  direct: (round: number) => Promise<number>,
): Promise<{ readonly twin: Latency; readonly direct: Latency }> {
  const twinSamples: number[] = [];
  const directSamples: number[] = [];
  for (let round = 0; round < rounds.warmUp + rounds.iterations; round += 1) {
    let twinMs: number;
    let directMs: number;
    if (round % 2 === 0) {
      twinMs = await twin(round);
      directMs = await direct(round);
    } else {
      directMs = await direct(round);
      twinMs = await twin(round);
    }
    if (round < rounds.warmUp) continue;
    twinSamples.push(twinMs);
    directSamples.push(directMs);
  }
  return { twin: latencyOf(twinSamples), direct: latencyOf(directSamples) };
}
