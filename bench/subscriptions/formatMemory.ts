import type { MemoryFigures, MemorySnapshot } from './measureMemory.js';

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(2).padStart(8)} KiB`;
const row = (label: string, figures: MemorySnapshot): string =>
  `${label.padEnd(16)} ${kb(figures.serverHeap)} ${kb(figures.clientHeap)} ${kb(figures.rss)}`;

/** The memory figures as a table: per connection and per subscription, server heap, client heap, RSS. */
export function formatMemory(figures: MemoryFigures): string {
  return [
    `Memory: ${figures.connections} sockets, then ${figures.subscriptions} subscriptions on them, ` +
      `median of ${figures.rounds} rounds; ` +
      (figures.gc ? 'after a full GC of each thread' : 'NO GC could be forced: figures are noisy'),
    `${''.padEnd(16)} ${'twin heap'.padStart(12)} ${'client heap'.padStart(12)} ${'process RSS'.padStart(12)}`,
    row('per socket', figures.perConnection),
    row('per subscription', figures.perSubscription),
    `(subscriptions started: ${figures.startsPerSecond.toFixed(0)}/s, 100 in flight on one socket at a time)`,
  ].join('\n');
}
