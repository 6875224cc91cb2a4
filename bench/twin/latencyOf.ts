/** Latency of one operation over sequential calls, in milliseconds. */
export interface Latency {
  readonly iterations: number;
  readonly p50: number;
  readonly p95: number;
  readonly mean: number;
  /** Calls per second one after another: 1000 / mean. */
  readonly opsPerSecond: number;
}

/** Summarises call durations in ms (nearest-rank percentiles). */
export function latencyOf(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const percentile = (p: number): number => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
  const mean = sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length;
  return {
    iterations: sorted.length,
    p50: percentile(0.5),
    p95: percentile(0.95),
    mean,
    opsPerSecond: 1000 / mean,
  };
}
