import { useState } from 'react';
import type { ReactElement } from 'react';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../ui/ErrorAlert.js';
import { StatusMessage } from '../../ui/StatusMessage.js';
import { useDocumentTitle } from '../../ui/useDocumentTitle.js';
import { dayAt, isCalendarDay, shiftDay } from '../time/index.js';
import type { CalendarDay } from '../time/index.js';
import { useShopSettings } from '../useShopSettings.js';
import { SalesChart } from './SalesChart.js';
import { SalesDayPanel } from './SalesDayPanel.js';
import { salesDaysOf } from './salesDaysOf.js';
import { SalesTable } from './SalesTable.js';
import { useSalesReports } from './useSalesReports.js';

/** The days the chart shows, ending with the last day that has ended. */
const DAYS = 30;

/**
 * Sales: revenue and orders per day over the last 30 days that have ended in the shop's time zone
 * (`salesReports`), and one day's details (`?day=`, yesterday by default) with a button that runs its
 * report.
 */
export function SalesPage(): ReactElement {
  const { timeZone, currency } = useShopSettings();
  const [params, setParams] = useSearchParams();
  // Days are judged from when the page opened: "yesterday" does not move under the admin's hands.
  const [today] = useState(() => dayAt(Date.now(), timeZone).day);
  const latest = shiftDay(today, -1);
  const from = shiftDay(latest, -(DAYS - 1));
  const asked = params.get('day') ?? '';
  const day: CalendarDay = isCalendarDay(asked) && asked <= latest ? asked : latest;
  const range = useSalesReports(from, latest);
  const select = (picked: CalendarDay): void => setParams({ day: picked });
  useDocumentTitle('Sales');

  return (
    <>
      <h1>Sales</h1>
      <section aria-labelledby="range-title">
        <h2 id="range-title">The last {DAYS} days</h2>
        {range.error && !range.reports && <ErrorAlert error={range.error} onRetry={range.retry} />}
        {!range.reports && !range.error && <StatusMessage>Loading the reports…</StatusMessage>}
        {range.reports && (
          <>
            <SalesChart
              days={salesDaysOf(range.reports, from, DAYS)}
              currency={currency}
              selected={day}
              onSelect={select}
            />
            <details>
              <summary>Each day’s figures</summary>
              <SalesTable days={salesDaysOf(range.reports, from, DAYS)} onSelect={select} />
            </details>
          </>
        )}
      </section>
      {/* Keyed by the day: another day starts without the last day's notices. */}
      <SalesDayPanel key={day} day={day} latest={latest} timeZone={timeZone} onPick={select} />
    </>
  );
}
