import type { SalesDayFieldsFragment } from '../../gql/graphql.js';
import { shiftDay } from '../time/index.js';
import type { CalendarDay } from '../time/index.js';

/** One day of the chart: its report, or null when the report of that day was never run. */
export interface SalesDay {
  readonly day: CalendarDay;
  readonly report: SalesDayFieldsFragment | null;
}

/**
 * Every day from `from`, `count` of them, each with its report from `reports` (which leaves out the days
 * never run): the chart's days, so a missing report shows as a gap, never as a day without sales.
 *
 * @example
 * salesDaysOf([{ date: '2026-07-02', … }], '2026-07-01', 2)
 * // => [{ day: '2026-07-01', report: null }, { day: '2026-07-02', report: { date: '2026-07-02', … } }]
 */
export function salesDaysOf(
  reports: readonly SalesDayFieldsFragment[],
  from: CalendarDay,
  count: number,
): readonly SalesDay[] {
  const byDay = new Map(reports.map((report) => [report.date, report]));
  return Array.from({ length: count }, (_, index) => {
    const day = shiftDay(from, index);
    return { day, report: byDay.get(day) ?? null };
  });
}
