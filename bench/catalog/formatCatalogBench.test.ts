import { describe, expect, it } from 'vitest';
import type { CatalogFigures, ServerWindow } from './benchCatalog.js';
import { formatCatalogBench } from './formatCatalogBench.js';

const MiB = 1024 * 1024;

function window(requestsPerSecond: number, cpuPercent: number, graphqlErrors = 0): ServerWindow {
  return {
    load: {
      requestsPerSecond,
      p50: 5,
      p99: 12,
      requests: requestsPerSecond * 10,
      non2xx: 0,
      errors: 0,
      graphqlErrors,
    },
    cpuPercent,
  };
}

const figures: CatalogFigures = {
  plan: {
    size: 1000,
    idCount: 200,
    search: 'coffee',
    connections: 10,
    seconds: 10,
    warmUpSeconds: 3,
    runs: 1,
    app: false,
  },
  catalog: { products: 1000, added: 790, ids: ['a', 'b'], searchMatches: 110 },
  twinPid: 1,
  baselinePid: 2,
  twinRssStarted: { self: 240 * MiB, children: 0 },
  twinRssBeforeLoad: { self: 260 * MiB, children: 0 },
  baselineRssBeforeLoad: 100 * MiB,
  valueDifferences: [{ label: 'products(limit: 20)', difference: undefined }],
  counts: [{ label: 'products(limit: 20)', requests: 20, invocations: { catalog: 20 }, statements: 20 }],
  runs: [
    {
      reads: [{ label: 'products(limit: 20)', twin: window(800, 160), baseline: window(1400, 100, 3) }],
      twinRss: { self: 300 * MiB, children: 0 },
      baselineRss: 120 * MiB,
    },
  ],
  bundles: { bytes: { catalog: 179_226 }, source: 'twin' },
  firstLoadBytes: 169 * 1024,
  appBuild: 'built by the bench',
};

describe('formatCatalogBench', () => {
  const text = formatCatalogBench(figures);
  const rows = text.split('\n');

  it("prints each server's CPU per request, and the twin's as a multiple of the baseline's", () => {
    // 160 % of a core at 800 req/s is 2.00 ms a request; 100 % at 1,400 req/s is 0.71 ms: 2.8 times.
    const twin = rows.find((line) => line.startsWith('products(limit: 20)') && line.includes('twin'));
    expect(twin?.trim().split(/\s+/)).toEqual([
      'products(limit:',
      '20)',
      'twin',
      '800.0',
      '5.0',
      '12.0',
      '1.8x',
      '1.00',
      '1.00',
      '160%',
      '2.00',
      '2.8x',
    ]);
    const baseline = rows[rows.indexOf(twin!) + 1];
    expect(baseline?.trim().split(/\s+/)).toEqual(['baseline', '1400.0', '5.0', '12.0', '100%', '0.71']);
  });

  it('notes GraphQL errors the load met, and the RSS after each run', () => {
    expect(text).toContain(
      'products(limit: 20) on the baseline: 0 non-2xx, 0 connection errors, 3 GraphQL errors',
    );
    expect(text).toContain('Twin RSS: 240 MiB -> 260 MiB -> 300 MiB');
  });
});
