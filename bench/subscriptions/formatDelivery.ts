import type { DeliveryFigures } from './measureDelivery.js';

const ms = (value: number): string => value.toFixed(2).padStart(8);

/** The delivery figures as a table: one row per subscriber count, p50/p99 in ms. */
export function formatDelivery(figures: readonly DeliveryFigures[]): string {
  const header =
    'subscribers  sockets  samples | delivery p50      p99 | last one p50      p99 | POST→response p50      p99';
  const rows = figures.map(
    (row) =>
      `${String(row.subscribers).padStart(11)}  ${String(row.connections).padStart(7)}  ${String(row.delivery.count).padStart(7)} |     ${ms(row.delivery.p50)} ${ms(row.delivery.p99)} | ${ms(row.lastDelivery.p50)} ${ms(row.lastDelivery.p99)} |          ${ms(row.response.p50)} ${ms(row.response.p99)}`,
  );
  return [
    'Delivery: ms from the IAM-signed publishOrderStatus POST being sent to each subscriber’s data message',
    '(admin subscriptions, all matching; subscribers in a worker thread of the same process)',
    header,
    ...rows,
  ].join('\n');
}
