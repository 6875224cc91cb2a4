import { getHeapStatistics } from 'node:v8';
import type { Twin } from '../../local/twin.js';
import { collectGarbage } from './collectGarbage.js';
import type { GarbageCollector } from './collectGarbage.js';
import { SUBSCRIPTION } from './SUBSCRIPTION.js';
import type { SubscriberPool } from './SubscriberPool.js';
import { waitForStats } from './waitForStats.js';

/** Memory in bytes, each after a full GC of its thread when one could run. */
export interface MemorySnapshot {
  /** The main thread's used V8 heap: the twin (all its services), not the subscribers. */
  readonly serverHeap: number;
  /** The subscriber worker's used V8 heap: the raw `ws` clients. */
  readonly clientHeap: number;
  /** The whole process's resident set: both heaps, native buffers, code. */
  readonly rss: number;
}

/** What one open connection (no subscription) and one subscription on it add, in bytes (median of rounds). */
export interface MemoryFigures {
  readonly connections: number;
  readonly subscriptions: number;
  readonly rounds: number;
  readonly gc: boolean;
  readonly perConnection: MemorySnapshot;
  readonly perSubscription: MemorySnapshot;
  /** Subscriptions started per second (100 in flight on one socket at a time), median of the rounds. */
  readonly startsPerSecond: number;
}

/**
 * `rounds` times: opens `connections` idle sockets, then 100 subscriptions on each, taking a snapshot
 * before, after the sockets and after the subscriptions, and closes them; the differences divided by
 * the counts, median of the rounds, are the figures. The subscribers run in their own worker, so
 * `serverHeap` is the twin's side alone.
 */
export async function measureMemory(
  twin: Twin,
  pool: SubscriberPool,
  headers: Readonly<Record<string, string>>,
  gc: GarbageCollector,
  connections: number,
  rounds: number,
): Promise<MemoryFigures> {
  const perConnection = 100;
  const snapshot = async (): Promise<MemorySnapshot & { gc: boolean }> => {
    const client = await pool.heapUsed();
    await collectGarbage(gc);
    return {
      serverHeap: getHeapStatistics().used_heap_size,
      clientHeap: client.heapUsed,
      rss: process.memoryUsage().rss,
      gc: client.gc && gc !== undefined,
    };
  };
  const difference = (after: MemorySnapshot, before: MemorySnapshot, count: number): MemorySnapshot => ({
    serverHeap: (after.serverHeap - before.serverHeap) / count,
    clientHeap: (after.clientHeap - before.clientHeap) / count,
    rss: (after.rss - before.rss) / count,
  });

  const perSocket: MemorySnapshot[] = [];
  const perSubscription: MemorySnapshot[] = [];
  const startRates: number[] = [];
  let collected = true;
  for (let round = 0; round < rounds; round += 1) {
    const before = await snapshot();
    await pool.open(twin.config.realtimeUrl, headers, connections);
    await waitForStats(twin, { connections, subscriptions: 0 });
    const opened = await snapshot();
    const subscribing = performance.now();
    await pool.subscribe(headers, SUBSCRIPTION, perConnection);
    startRates.push((connections * perConnection * 1000) / (performance.now() - subscribing));
    await waitForStats(twin, { connections, subscriptions: connections * perConnection });
    const subscribed = await snapshot();
    await pool.closeAll();
    await waitForStats(twin, { connections: 0, subscriptions: 0 });
    collected &&= before.gc;
    perSocket.push(difference(opened, before, connections));
    perSubscription.push(difference(subscribed, opened, connections * perConnection));
  }
  return {
    connections,
    subscriptions: connections * perConnection,
    rounds,
    gc: collected,
    perConnection: median(perSocket),
    perSubscription: median(perSubscription),
    startsPerSecond: startRates.sort((a, b) => a - b)[Math.floor(rounds / 2)] ?? NaN,
  };
}

/** The median of each field. */
function median(snapshots: readonly MemorySnapshot[]): MemorySnapshot {
  const of = (field: keyof MemorySnapshot): number => {
    const sorted = snapshots.map((snapshot) => snapshot[field]).sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)] ?? NaN;
  };
  return { serverHeap: of('serverHeap'), clientHeap: of('clientHeap'), rss: of('rss') };
}
