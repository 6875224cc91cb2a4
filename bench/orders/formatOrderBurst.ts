import { cpus } from 'node:os';
import type { StatementCounts } from '../../functions/lib/sql/countStatements.js';
import type { BurstFigures } from './benchOrderBurst.js';

const LABEL = 40;

/**
 * The burst's figures as a fixed-width table: outcome, times, placeOrder latency, throughput, SQL per
 * path and in total (measured at the twin against what the paths predict), whether `targetSeconds` was
 * met (every call answered, every order final within it, nothing oversold), and notes on anything amiss.
 */
export function formatOrderBurst(figures: BurstFigures, targetSeconds: number): string {
  const { plan, paths, dataApi } = figures;
  const row = (label: string, value: string, note = ''): string =>
    `  ${label.padEnd(LABEL)}${value.padStart(12)}${note ? `   ${note}` : ''}`;
  const seconds = (ms: number | null): string => (ms === null ? 'never' : `${(ms / 1000).toFixed(2)} s`);
  const orders = figures.confirmed + figures.rejected + figures.pending;
  const settled = figures.confirmed + figures.rejected;
  const calls = (counts: StatementCounts): number => counts.statements + 2 * counts.transactions;
  const perPath = (label: string, counts: StatementCounts): string =>
    row(
      label,
      String(counts.statements),
      `${counts.transactions} transaction(s), ${calls(counts)} Data API calls`,
    );
  const mean = (total: number, of: number): string => (of > 0 ? (total / of).toFixed(2) : '-');
  const expected =
    paths.placed.statements * figures.placed +
    paths.refused.statements * figures.refused +
    paths.confirmed.statements * figures.confirmed +
    paths.rejected.statements * figures.rejected;
  const placeStatements =
    paths.placed.statements * figures.placed + paths.refused.statements * figures.refused;
  const processStatements =
    paths.confirmed.statements * figures.confirmed + paths.rejected.statements * figures.rejected;

  const oversold = figures.confirmed > plan.stock || figures.stockLeft < 0;
  const consistent =
    figures.confirmed === Math.min(plan.stock, figures.placed) &&
    figures.stockLeft === plan.stock - figures.confirmed &&
    figures.movementsTotal === -figures.confirmed;
  const met =
    figures.otherAnswers.length === 0 &&
    figures.pending === 0 &&
    figures.allFinalMs !== null &&
    figures.allFinalMs <= targetSeconds * 1000 &&
    !oversold;
  const notes = [
    'Times run from the first placeOrder call; "final" and "told": the first poll after the last answer (then every 100 ms) that sees no order PENDING, no change untold.',
    'Latency is per attempt, client to answer, with the other calls in flight; one Node process holds the client and the whole twin.',
    "Per-path statements: each path run alone, in this process, counted by countStatements (the functions' executor wrapper).",
    "At the twin: every call the Data API twin served during the burst, as its own counters count them (RdsDataService.calls), the bench's polls excluded.",
    ...(figures.otherAnswers.length > 0
      ? [
          `${figures.otherAnswers.length} calls answered neither an order nor OutOfStock, first: ${figures.otherAnswers[0]}`,
        ]
      : []),
    ...(figures.pending > 0 ? [`${figures.pending} orders were still PENDING when the wait ended`] : []),
    ...(consistent
      ? []
      : [
          `inconsistent: ${figures.confirmed} confirmed of ${figures.placed} placed for ${plan.stock} in stock, ` +
            `stock left ${figures.stockLeft}, movements ${figures.movementsTotal}`,
        ]),
    ...(dataApi.statements === expected
      ? []
      : [
          `the twin ran ${Math.abs(dataApi.statements - expected)} statements ` +
            `${dataApi.statements > expected ? 'more' : 'fewer'} than the paths account for: ` +
            (figures.timedOut > 0
              ? `${figures.timedOut} timed-out attempt(s) were sent again, and a repeat runs its own statements`
              : 'retries inside the functions, or a message delivered twice'),
        ]),
  ];

  return [
    `Order burst: ${plan.shoppers} shoppers x ${plan.ordersPerShopper} placeOrder calls of quantity 1, ` +
      `one product with ${plan.stock} in stock, ${plan.inFlight} calls in flight`,
    row(
      'placeOrder calls',
      String(figures.calls),
      `${figures.placed} placed, ${figures.refused} OutOfStock, ${figures.otherAnswers.length} other; ` +
        `${figures.timedOut} attempts timed out (sent again)`,
    ),
    row(
      'orders',
      String(orders),
      `${figures.confirmed} CONFIRMED, ${figures.rejected} REJECTED, ${figures.pending} PENDING`,
    ),
    row('stock left, sum of stock movements', `${figures.stockLeft}, ${figures.movementsTotal}`),
    row('last placeOrder answered after', seconds(figures.lastAnswerMs)),
    row('every order final after', seconds(figures.allFinalMs)),
    row('every change told after', seconds(figures.allToldMs), 'published, emailed, marked told'),
    row('placeOrder latency p50', `${figures.placeOrderLatency.p50.toFixed(0)} ms`),
    row('placeOrder latency p99', `${figures.placeOrderLatency.p99.toFixed(0)} ms`),
    row('placeOrder calls answered per second', (figures.calls / (figures.lastAnswerMs / 1000)).toFixed(1)),
    row(
      'orders settled per second',
      figures.allFinalMs === null ? '-' : (settled / (figures.allFinalMs / 1000)).toFixed(1),
      'orders CONFIRMED or REJECTED / time until every order was final',
    ),
    row(
      'CPU of this process during the burst',
      `${(figures.cpuMs / 1000).toFixed(1)} s`,
      `${(figures.cpuMs / figures.burstMs).toFixed(2)} of ${cpus().length} cores on average; the rest went to other processes or idle`,
    ),
    row(
      'Lambda invocations',
      `${figures.invocations.orders} + ${figures.invocations.orderWorker}`,
      `orders + orderWorker (${mean(settled, figures.invocations.orderWorker)} orders per worker batch, mean)`,
    ),
    '',
    `  SQL statements${''.padEnd(LABEL - 14)}${'count'.padStart(12)}`,
    perPath('per placeOrder that places the order', paths.placed),
    perPath('per placeOrder answered OutOfStock', paths.refused),
    perPath('per processed order, confirmed', paths.confirmed),
    perPath('per processed order, rejected', paths.rejected),
    row('per placeOrder, mean over the burst', mean(placeStatements, figures.calls)),
    row('per processed order, mean over the burst', mean(processStatements, settled)),
    row('in the burst, expected from the paths', String(expected)),
    row(
      'in the burst, counted at the twin',
      String(dataApi.statements),
      `${dataApi.beginTransaction} begun, ${dataApi.commitTransaction} committed, ` +
        `${dataApi.rollbackTransaction} rolled back, ${dataApi.failed} calls failed`,
    ),
    '',
    `  Target: all ${figures.calls} calls answered and every order final within ${targetSeconds} s, nothing oversold: ` +
      `${met ? 'MET' : 'NOT MET'} (${seconds(figures.allFinalMs)})`,
    ...notes.map((note) => `  * ${note}`),
  ].join('\n');
}
