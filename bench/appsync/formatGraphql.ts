import type { GraphqlFigures } from './benchGraphql.js';
import type { PathFigures } from './measureSequential.js';

const LABEL = 38;

/**
 * The GraphQL figures as a fixed-width table: per concurrency, p50 and p99 latency in ms, requests/s,
 * and requests/s as a multiple of the first row's (the baseline).
 */
export function formatGraphql(
  title: string,
  figures: readonly GraphqlFigures[],
  concurrency: number,
): string {
  const cell = (value: string, width = 8): string => value.padStart(width);
  const block = (path: PathFigures, base: PathFigures | undefined): string =>
    [
      cell(path.latency.p50.toFixed(2)),
      cell(path.latency.p99.toFixed(2)),
      cell(path.requestsPerSecond.toFixed(0)),
      cell(base ? `${(path.requestsPerSecond / base.requestsPerSecond).toFixed(2)}x` : ''),
    ].join('');
  const header = ['p50 ms', 'p99 ms', 'req/s', 'x base'].map((h) => cell(h)).join('');
  const [baseline] = figures;
  const lines = [
    title,
    `  ${''.padEnd(LABEL)}${`concurrency 1`.padEnd(34)}concurrency ${concurrency}`,
    `  ${''.padEnd(LABEL)}${header}  ${header}`,
    ...figures.map(
      (row) =>
        `  ${row.label.padEnd(LABEL)}${block(row.sequential, baseline?.sequential)}  ${block(row.concurrent, baseline?.concurrent)}`,
    ),
  ];
  const failures = figures.flatMap((row) =>
    row.sequential.failures + row.concurrent.failures > 0
      ? [`${row.label}: ${row.sequential.failures + row.concurrent.failures} error answers`]
      : [],
  );
  lines.push(
    "  * x base: requests/s over the baseline's (0.50x = half as many). Concurrency 1 req/s = 1000 / mean.",
    `  * concurrency ${concurrency}: requests/s = requests / wall time; latency includes queueing in the client.`,
    '  * one Node process holds the client, the twin and dynalite: concurrency shares one event loop.',
    ...failures.map((failure) => `  * ${failure}`),
  );
  return lines.join('\n');
}
