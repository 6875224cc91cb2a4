import { formatMoney } from '../orders/notify/formatMoney.js';
import type { StoredReport } from './StoredReport.js';

const HOUR_MS = 3_600_000;

/** A report as the admins receive it: an SNS message with a subject (the email's subject line). */
export interface ReportMessage {
  /** At most 100 printable ASCII characters, as SNS requires of a subject. */
  readonly subject: string;
  readonly text: string;
}

/**
 * The readable summary of a report that the `salesReports` topic sends to the admins: a subject naming
 * the day and its orders, and a plain-text body with every figure (amounts in the report's currency,
 * written the English way), the top products, and what was counted. Pure: the publisher sends it as is.
 *
 * @example reportMessage(report).subject // => 'ShopSync sales 2026-03-29: 12 orders'
 */
export function reportMessage(report: StoredReport): ReportMessage {
  const money = (cents: number): string => formatMoney({ cents, currency: report.currency });
  const hours = Math.round((Date.parse(report.dayEnd) - Date.parse(report.dayStart)) / HOUR_MS);
  const length =
    hours < 24
      ? `, a ${hours}-hour day: clocks moved forward`
      : hours > 24
        ? `, a ${hours}-hour day: clocks moved back`
        : '';
  const rows: readonly (readonly [string, string])[] = [
    ['Orders', String(report.orders)],
    ['Items sold', String(report.itemsSold)],
    ['Revenue', money(report.revenueCents)],
    ['Average order', money(report.averageOrderValueCents)],
    ['Discounts given', money(report.discountCents)],
    ['Cancelled', String(report.cancelled)],
    ['Rejected', String(report.rejected)],
  ];
  const top =
    report.topProducts.length === 0
      ? ['No products sold.']
      : report.topProducts.map(
          (product, index) =>
            `${String(index + 1).padStart(2)}. ${product.name} (${product.sku}): ` +
            `${product.quantity} ${product.quantity === 1 ? 'unit' : 'units'}, ${money(product.revenueCents)}`,
        );
  const text = [
    `Daily sales report for ${weekday(report.date)} ${report.date} (${report.timeZone}${length})`,
    '',
    ...rows.map(([label, value]) => `${label.padEnd(16)}${value}`),
    '',
    'Top products (by units sold, then revenue)',
    ...top,
    '',
    `Counted: the orders placed from ${report.dayStart} to ${report.dayEnd} (UTC); orders, items, revenue, ` +
      'discounts and top products over those neither rejected nor cancelled (pending, confirmed, shipped, ' +
      `delivered) when the report was computed, at ${report.generatedAt}.`,
  ].join('\n');
  const orders = `${report.orders} ${report.orders === 1 ? 'order' : 'orders'}`;
  return { subject: `ShopSync sales ${report.date}: ${orders}`, text };
}

/** `2026-03-29` → `Sunday`. */
function weekday(date: string): string {
  return new Intl.DateTimeFormat('en-US', { weekday: 'long', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
