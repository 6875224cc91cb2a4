import { describe, expect, it } from 'vitest';
import { reportMessage } from './reportMessage.js';
import type { StoredReport } from './StoredReport.js';

const REPORT: StoredReport = {
  date: '2026-03-29',
  timeZone: 'Europe/Berlin',
  dayStart: '2026-03-28T23:00:00.000Z',
  dayEnd: '2026-03-29T22:00:00.000Z',
  currency: 'EUR',
  orders: 12,
  itemsSold: 31,
  revenueCents: 123_456,
  averageOrderValueCents: 10_288,
  discountCents: 1_200,
  cancelled: 1,
  rejected: 2,
  topProducts: [
    { productId: 'P1', sku: 'TEA-POT', name: 'Stoneware Teapot', quantity: 5, revenueCents: 17_250 },
    { productId: 'P2', sku: 'CUP', name: 'Cup', quantity: 1, revenueCents: 900 },
  ],
  generatedAt: '2026-03-29T22:15:01.234Z',
};

describe('reportMessage', () => {
  it('names the day and its orders in a subject SNS accepts: printable ASCII, at most 100 characters', () => {
    const { subject } = reportMessage(REPORT);
    expect(subject).toBe('ShopSync sales 2026-03-29: 12 orders');
    expect(reportMessage({ ...REPORT, orders: 1 }).subject).toBe('ShopSync sales 2026-03-29: 1 order');
    const longest = reportMessage({ ...REPORT, orders: Number.MAX_SAFE_INTEGER }).subject;
    expect(longest).toMatch(/^[\x20-\x7e]{1,100}$/);
  });

  it('lists every figure in the report’s currency, the top products and what was counted', () => {
    const { text } = reportMessage(REPORT);
    const lines = text.split('\n');
    expect(lines[0]).toBe(
      'Daily sales report for Sunday 2026-03-29 (Europe/Berlin, a 23-hour day: clocks moved forward)',
    );
    expect(lines.slice(2, 9)).toEqual([
      'Orders          12',
      'Items sold      31',
      'Revenue         €1,234.56',
      'Average order   €102.88',
      'Discounts given €12.00',
      'Cancelled       1',
      'Rejected        2',
    ]);
    expect(text).toContain(' 1. Stoneware Teapot (TEA-POT): 5 units, €172.50\n 2. Cup (CUP): 1 unit, €9.00');
    expect(text).toContain('placed from 2026-03-28T23:00:00.000Z to 2026-03-29T22:00:00.000Z (UTC)');
    expect(text).toContain('neither rejected nor cancelled (pending, confirmed, shipped, delivered)');
  });

  it('says when the day had 25 hours, and when nothing sold', () => {
    const { text } = reportMessage({
      ...REPORT,
      date: '2026-10-25',
      dayStart: '2026-10-24T22:00:00.000Z',
      dayEnd: '2026-10-25T23:00:00.000Z',
      orders: 0,
      topProducts: [],
    });
    expect(text).toContain('(Europe/Berlin, a 25-hour day: clocks moved back)');
    expect(text).toContain('No products sold.');
    const ordinary = reportMessage({ ...REPORT, dayEnd: '2026-03-29T23:00:00.000Z' }).text;
    expect(ordinary.split('\n')[0]).toBe('Daily sales report for Sunday 2026-03-29 (Europe/Berlin)');
  });
});
