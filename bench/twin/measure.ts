import { latencyOf } from './latencyOf.js';
import type { Latency } from './latencyOf.js';

/** How many calls a scenario makes: `warmUp` unrecorded, then `iterations` recorded. */
export interface Rounds {
  readonly iterations: number;
  readonly warmUp: number;
}

/**
 * Calls `sample` `rounds.warmUp` times, then `rounds.iterations` times, one after another, and summarises
 * the milliseconds each recorded call resolved to. `sample` measures its own call, so that it can leave
 * set-up and clean-up out of the figure.
 */
export async function measure(rounds: Rounds, sample: (round: number) => Promise<number>): Promise<Latency> {
  const samples: number[] = [];
  for (let round = 0; round < rounds.warmUp + rounds.iterations; round += 1) {
    const ms = await sample(round);
    if (round >= rounds.warmUp) samples.push(ms);
  }
  return latencyOf(samples);
}
