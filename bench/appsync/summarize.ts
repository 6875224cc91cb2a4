/** Latency of calls to one path, in milliseconds (nearest-rank percentiles). */
export interface Summary {
  readonly count: number;
  readonly p50: number;
  readonly p99: number;
  readonly mean: number;
}

/** Summarises call durations in ms. */
export function summarize(samples: readonly number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const percentile = (p: number): number => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
  return {
    count: sorted.length,
    p50: percentile(0.5),
    p99: percentile(0.99),
    mean: sorted.reduce((sum, ms) => sum + ms, 0) / sorted.length,
  };
}
