import type { RealtimeStats } from '../../local/appsync/realtime/index.js';
import type { Twin } from '../../local/twin.js';

/** Resolves once the twin's real-time endpoint holds exactly `expected`; rejects after `timeoutMs`. */
export async function waitForStats(twin: Twin, expected: RealtimeStats, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const stats = twin.realtime.stats();
    if (stats.connections === expected.connections && stats.subscriptions === expected.subscriptions) return;
    if (Date.now() > deadline) {
      throw new Error(`The twin holds ${JSON.stringify(stats)}, not ${JSON.stringify(expected)}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
