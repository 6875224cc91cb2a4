import type { Latency } from './latencyOf.js';

/** One scenario's figures: the twin first, then what it is compared with (if anything). */
export interface Report {
  readonly title: string;
  readonly rows: readonly { readonly label: string; readonly latency: Latency }[];
  /** Adds a row of twin/direct ratios: `rows[0]` over `rows[1]`. */
  readonly ratio: boolean;
  /** Printed under the table: what the figures include, or why a scenario was skipped. */
  readonly notes: readonly string[];
}

const LABEL_WIDTH = 34;
const COLUMN_WIDTH = 9;

/** Renders a report as a fixed-width table: p50, p95 and mean in ms, and calls per second. */
export function formatReport(report: Report): string {
  const cells = (label: string, values: readonly string[]): string =>
    `  ${label.padEnd(LABEL_WIDTH)}${values.map((value) => value.padStart(COLUMN_WIDTH)).join('')}`;
  const ms = (value: number): string => value.toFixed(3);
  const first = report.rows[0];
  const lines = [
    `${report.title}${first ? ` (${first.latency.iterations} iterations)` : ''}`,
    ...(report.rows.length > 0 ? [cells('', ['p50 ms', 'p95 ms', 'mean ms', 'ops/s'])] : []),
    ...report.rows.map(({ label, latency }) =>
      cells(label, [ms(latency.p50), ms(latency.p95), ms(latency.mean), latency.opsPerSecond.toFixed(0)]),
    ),
  ];
  const [twin, direct] = report.rows;
  if (report.ratio && twin && direct) {
    const times = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;
    lines.push(
      cells('ratio twin/direct', [
        times(twin.latency.p50, direct.latency.p50),
        times(twin.latency.p95, direct.latency.p95),
        times(twin.latency.mean, direct.latency.mean),
        '',
      ]),
    );
  }
  lines.push(...report.notes.map((note) => `  * ${note}`));
  return lines.join('\n');
}
