import { averageOrderValue } from './averageOrderValue.js';
import type { CalendarDay } from './calendarDay.js';
import type { SalesFigures } from './SalesFigures.js';
import type { StoredReport } from './StoredReport.js';

/** The report of `day` from the database's figures: the figures, the average order value, and context. */
export function composeReport(input: {
  readonly day: CalendarDay;
  readonly bounds: { readonly start: string; readonly end: string };
  readonly timeZone: string;
  readonly currency: string;
  readonly figures: SalesFigures;
  readonly generatedAt: Date;
}): StoredReport {
  const { figures } = input;
  return {
    date: input.day.date,
    timeZone: input.timeZone,
    dayStart: input.bounds.start,
    dayEnd: input.bounds.end,
    currency: input.currency,
    orders: figures.orders,
    itemsSold: figures.itemsSold,
    revenueCents: figures.revenueCents,
    averageOrderValueCents: averageOrderValue(figures.revenueCents, figures.orders),
    discountCents: figures.discountCents,
    cancelled: figures.cancelled,
    rejected: figures.rejected,
    topProducts: figures.topProducts,
    generatedAt: input.generatedAt.toISOString(),
  };
}
