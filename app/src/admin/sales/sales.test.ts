import { describe, expect, it } from 'vitest';
import type { SalesDayFieldsFragment } from '../../gql/graphql.js';
import { niceCeiling } from './niceCeiling.js';
import { salesDaysOf } from './salesDaysOf.js';

const money = (cents: number) => ({ cents, currency: 'EUR' });
const report = (date: string, orders: number, cents: number): SalesDayFieldsFragment => ({
  date,
  orders,
  itemsSold: orders * 2,
  revenue: money(cents),
  averageOrderValue: money(orders ? Math.round(cents / orders) : 0),
  discounts: money(0),
  cancelled: 0,
  rejected: 0,
  generatedAt: `${date}T23:30:00.000Z`,
});

describe('salesDaysOf', () => {
  it('gives every day of the range, a day never run as a gap', () => {
    const days = salesDaysOf([report('2026-03-01', 2, 5000), report('2026-02-27', 1, 900)], '2026-02-27', 4);
    expect(days.map((day) => day.day)).toEqual(['2026-02-27', '2026-02-28', '2026-03-01', '2026-03-02']);
    expect(days.map((day) => day.report?.orders ?? null)).toEqual([1, null, 2, null]);
  });

  it('leaves out reports outside the range', () => {
    expect(salesDaysOf([report('2026-01-01', 1, 100)], '2026-01-02', 1)).toEqual([
      { day: '2026-01-02', report: null },
    ]);
  });
});

describe('niceCeiling', () => {
  it('rounds up to 1, 2 or 5 times a power of ten', () => {
    expect(niceCeiling(0)).toBe(1);
    expect(niceCeiling(1)).toBe(1);
    expect(niceCeiling(3)).toBe(5);
    expect(niceCeiling(7)).toBe(10);
    expect(niceCeiling(1234)).toBe(2000);
    expect(niceCeiling(200000)).toBe(200000);
    expect(niceCeiling(200001)).toBe(500000);
    expect(niceCeiling(0, 100)).toBe(100);
  });
});
